using System.ComponentModel;
using Grpc.Net.Client;
using HepSense.Contracts.Api;
using Spectre.Console;
using Spectre.Console.Cli;

namespace HepSense.Cli.Commands;

/// <summary>A patient's adherence per day of a date range, drawn as a chart (or the operator contract's JSON).</summary>
public sealed class AdherenceCommand : NodeCommand<AdherenceCommand.Settings>
{
    public sealed class Settings : PatientSettings
    {
        [CommandOption("--from <YYYY-MM-DD>")]
        [Description("First day, in the patient's time zone.")]
        public string From { get; init; } = "";

        [CommandOption("--to <YYYY-MM-DD>")]
        [Description("Last day, inclusive.")]
        public string To { get; init; } = "";

        public override ValidationResult Validate() => Require.All(
            base.Validate(),
            Require.Day(From, "--from"),
            Require.Day(To, "--to"),
            Require.That(!Dates.TryDay(From, out var from) || !Dates.TryDay(To, out var to) || from <= to, $"--to ({To}) is before --from ({From})"));
    }

    protected override async Task<int> RunAsync(GrpcChannel channel, Settings settings, CancellationToken cancellation)
    {
        var a = await new PatientService.PatientServiceClient(channel).GetAdherenceAsync(
            new GetAdherenceRequest { PatientId = settings.Patient, From = settings.From, To = settings.To }, cancellationToken: cancellation);
        if (a.PatientId.Length == 0) a.PatientId = settings.Patient;
        if (settings.Json) JsonOutput.Write(Json(a));
        else AnsiConsole.Write(AdherenceChart.Render(a, settings.From, settings.To, DateOnly.FromDateTime(DateTime.Now)));
        return 0;
    }

    /// <summary>The operator contract: <c>{"patient", "days": [{"date", "sessions_prescribed", "sessions_done", "reps_prescribed", "reps_done", "partial_reps"}]}</c>.</summary>
    public static object Json(Adherence a) => new
    {
        patient = a.PatientId,
        days = a.Days.Select(d => new
        {
            date = d.Date,
            sessions_prescribed = d.SessionsPrescribed,
            sessions_done = d.SessionsDone,
            reps_prescribed = d.RepsPrescribed,
            reps_done = d.RepsDone,
            partial_reps = d.PartialReps,
        }),
    };
}
