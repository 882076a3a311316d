using HepSense.FirmwareSim.Commands;
using Spectre.Console.Cli;

namespace HepSense.FirmwareSim;

/// <summary>The command line: one place that lists the commands, used by Program and the tests.</summary>
public static class SimApp
{
    public static CommandApp Create()
    {
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("firmware-sim");
            config.AddCommand<ReplayCommand>("replay")
                .WithDescription("Stream a recorded CSV through one band: ~1 s batches, QoS 1, reconnecting. Exits 0 when every batch was acknowledged.")
                .WithExample("replay", "--file", "data/imu/uci-pt/s1-e1-test.csv", "--device", "band-1", "--patient", "maria", "--exercise", "knee-extension-seated", "--speed", "0", "--provision");
            config.AddCommand<RunCommand>("run")
                .WithDescription("Synthesise a band doing N reps of an exercise (physics of the moving segment, sensor noise, random mounting). Writes --csv/--truth; streams to a node when --device is given.")
                .WithExample("run", "--exercise", "knee-extension-seated", "--reps", "10", "--seed", "7", "--csv", "knee.csv", "--truth", "knee.json")
                .WithExample("run", "--exercise", "biceps-curl", "--reps", "12", "--device", "band-2", "--patient", "maria", "--provision", "--speed", "0");
            config.AddCommand<CohortCommand>("cohort")
                .WithDescription("Simulate N patients over D days on an accelerated clock: programs, personas, pain, faults; streams every worn session and writes the ground truth.")
                .WithExample("cohort", "--patients", "50", "--days", "30", "--seed", "1", "--truth", "truth.json", "--provision");
            config.AddCommand<LoadCommand>("load")
                .WithDescription("Load test: N bands from one process, each streaming batches at QoS 1 for S seconds; reports throughput and PUBACK latency percentiles.")
                .WithExample("load", "--bands", "1000", "--rate", "50", "--seconds", "30", "--provision", "--json");
            config.AddCommand<DatasetCommand>("dataset")
                .WithDescription("Write simulated sets in the layout of data/imu (CSV files, manifest.csv with true counts) and their truth, for accuracy harnesses.")
                .WithExample("dataset", "--out", "sim-imu", "--sets", "2");
            config.AddCommand<ExercisesCommand>("exercises").WithDescription("List the exercise catalogue: band placement, typical range and tempo.");
            config.AddCommand<PersonasCommand>("personas").WithDescription("List the personas: how simulated patients deviate from their program.");
        });
        return app;
    }
}
