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
        });
        return app;
    }
}
