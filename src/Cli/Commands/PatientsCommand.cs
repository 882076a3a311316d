using Grpc.Net.Client;
using HepSense.Contracts.Api;
using Spectre.Console;
using Spectre.Console.Cli;

namespace HepSense.Cli.Commands;

/// <summary>A clinic's patients with their flags, the most urgent first.</summary>
public sealed class PatientsCommand : NodeCommand<ClinicSettings>
{
    protected override async Task<int> RunAsync(GrpcChannel channel, ClinicSettings settings, CancellationToken cancellation)
    {
        var r = await new ClinicService.ClinicServiceClient(channel).ListPatientsAsync(new ListPatientsRequest { ClinicId = settings.Clinic }, cancellationToken: cancellation);
        var patients = FlagView.MostUrgentFirst(r.Patients);
        if (settings.Json)
        {
            JsonOutput.Write(Json(settings.Clinic, patients));
            return 0;
        }
        AnsiConsole.Write(Table(settings.Clinic, patients));
        return 0;
    }

    public static object Json(string clinic, IEnumerable<Patient> patients) => new
    {
        clinic,
        patients = patients.Select(p => new
        {
            patient = p.PatientId,
            name = p.Name,
            time_zone = p.TimeZone,
            devices = p.DeviceIds,
            flags = FlagView.MostUrgentFirst(p.Flags).Select(f => new { kind = f.Kind, reason = f.Reason, urgency = f.Urgency, since = f.Since }),
        }),
    };

    public static Table Table(string clinic, IReadOnlyList<Patient> patients)
    {
        var flagged = patients.Count(p => p.Flags.Count > 0);
        var table = new Table().Border(TableBorder.Rounded)
            .Title($"[bold]Clinic {clinic.EscapeMarkup()}[/]: {patients.Count} patient{(patients.Count == 1 ? "" : "s")}, {flagged} flagged")
            .AddColumns("Patient", "Bands", "Flags, most urgent first");
        foreach (var p in patients)
        {
            var flags = p.Flags.Count == 0
                ? "[green]on track[/]"
                : string.Join("\n", FlagView.MostUrgentFirst(p.Flags).Select(f => $"{FlagView.Kind(f.Kind)} {f.Reason.EscapeMarkup()}"));
            var who = $"{(p.Flags.Count > 0 ? $"[bold]{p.PatientId.EscapeMarkup()}[/]" : p.PatientId.EscapeMarkup())}\n[grey]{p.Name.EscapeMarkup()}\n{p.TimeZone.EscapeMarkup()}[/]";
            table.AddRow(who, p.DeviceIds.Count == 0 ? "[grey]none[/]" : string.Join("\n", p.DeviceIds).EscapeMarkup(), flags);
        }
        if (patients.Count == 0) table.AddRow("[grey]no patients yet[/]", "", "");
        return table;
    }
}
