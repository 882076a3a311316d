// hepsense: the therapist console, a gRPC client of a HepSense node.
using HepSense.Cli.Commands;
using Spectre.Console.Cli;

var app = new CommandApp();
app.Configure(config =>
{
    config.SetApplicationName("hepsense");
    config.AddCommand<HealthCommand>("health").WithDescription("Is the node serving? (Orleans and InfluxDB really checked.)");
    config.AddCommand<TokenCommand>("token").WithDescription("Mint a bearer token from this machine's signing key.");
    config.AddCommand<RepsCommand>("reps").WithDescription("A patient's detected reps, with daily totals.");
    config.AddBranch("devices", devices =>
    {
        devices.SetDescription("Bands.");
        devices.AddCommand<DevicesAddCommand>("add").WithDescription("Provision a band for a patient; prints its MQTT secret once.");
    });
});
return await app.RunAsync(args);
