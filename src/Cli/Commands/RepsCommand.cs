using System.ComponentModel;
using Google.Protobuf.WellKnownTypes;
using Grpc.Net.Client;
using HepSense.Contracts.Api;
using Spectre.Console;
using Spectre.Console.Cli;

namespace HepSense.Cli.Commands;

public sealed class RepsCommand : NodeCommand<RepsCommand.Settings>
{
    public sealed class Settings : PatientSettings
    {
        [CommandOption("--from <DATE>")]
        [Description("Only reps at or after this date/time (ISO-8601, UTC when no offset).")]
        public DateTimeOffset? From { get; init; }

        [CommandOption("--to <DATE>")]
        [Description("Only reps before this date/time.")]
        public DateTimeOffset? To { get; init; }

        [CommandOption("--each")]
        [Description("List every rep instead of one row per set.")]
        public bool Each { get; init; }
    }

    protected override async Task<int> RunAsync(GrpcChannel channel, Settings settings, CancellationToken cancellation)
    {
        var request = new ListRepsRequest { PatientId = settings.Patient };
        if (settings.From is { } from) request.From = Timestamp.FromDateTimeOffset(from);
        if (settings.To is { } to) request.To = Timestamp.FromDateTimeOffset(to);
        var r = await new RepService.RepServiceClient(channel).ListRepsAsync(request, cancellationToken: cancellation);

        if (settings.Json)
        {
            JsonOutput.Write(new
            {
                patient = r.PatientId,
                total = r.Total,
                reps = r.Reps.Select(x => new
                {
                    start = Dates.Instant(x.Start.ToDateTimeOffset()),
                    end = Dates.Instant(x.End.ToDateTimeOffset()),
                    exercise = x.Exercise,
                    partial = x.Partial,
                    duration_s = Math.Round(x.DurationS, 3),
                    rom_deg = Math.Round(x.RomDeg, 1),
                    confidence = Math.Round(x.Confidence, 3),
                    set = x.SetNumber,
                    rep_in_set = x.RepInSet,
                    device = x.DeviceId,
                }),
                days = r.Days.Select(d => new { date = d.Date, exercise = d.Exercise, reps = d.Reps, partial_reps = d.PartialReps, sets = d.Sets }),
            });
            return 0;
        }

        RepReport.Render(r, settings.Each);
        return 0;
    }
}
