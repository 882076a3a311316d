using HepSense.Cli.Commands;
using Spectre.Console.Cli;

namespace HepSense.Cli;

/// <summary>hepsense: the therapist console, a gRPC client of a HepSense node. Every command, its help and examples.</summary>
public static class ConsoleApp
{
    public static Task<int> Main(string[] args) => Build().RunAsync(args);

    public static CommandApp Build()
    {
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("hepsense");
            config.AddCommand<HealthCommand>("health").WithDescription("Is the node serving? (Orleans and InfluxDB really checked.)");
            config.AddCommand<StatsCommand>("stats").WithDescription("The node's ingest counters: accepted, duplicates, refused by reason (admin).");
            config.AddCommand<TokenCommand>("token").WithDescription("Mint a bearer token from this machine's signing key.");
            config.AddBranch("clinics", clinics =>
            {
                clinics.SetDescription("Clinics (admins).");
                clinics.AddCommand<ClinicsAddCommand>("add").WithDescription("Create a clinic.")
                    .WithExample("clinics", "add", "--clinic", "north", "--name", "North Physio");
            });
            config.AddBranch("therapists", therapists =>
            {
                therapists.SetDescription("Therapists (admins).");
                therapists.AddCommand<TherapistsAddCommand>("add").WithDescription("Add a therapist to a clinic.")
                    .WithExample("therapists", "add", "--clinic", "north", "--therapist", "t-ana", "--name", "Ana Ruiz");
            });
            config.AddBranch("patients", patients =>
            {
                patients.SetDescription("'patients --clinic ID [[--json]]': a clinic's patients with their risk flags, most urgent first. 'patients add' registers one.");
                patients.AddExample("patients", "--clinic", "north");
                patients.SetDefaultCommand<PatientsCommand>();
                patients.AddCommand<PatientsAddCommand>("add").WithDescription("Register a patient in their time zone.")
                    .WithExample("patients", "add", "--clinic", "north", "--patient", "maria", "--name", "Maria Lopez", "--tz", "America/Chicago");
            });
            config.AddCommand<FlagsCommand>("flags").WithDescription("A clinic's risk flags, most urgent first, each with why.")
                .WithExample("flags", "--clinic", "north", "--json");
            config.AddCommand<AdherenceCommand>("adherence").WithDescription("A patient's adherence per day, drawn as a chart, with weeks and streaks.")
                .WithExample("adherence", "--patient", "maria", "--from", "2026-11-01", "--to", "2026-11-14");
            config.AddBranch("program", program =>
            {
                program.SetDescription("A patient's home exercise program: every change is a new version.");
                program.AddCommand<ProgramShowCommand>("show").WithDescription("The current program (or --version N), warnings and other versions.");
                program.AddCommand<ProgramSetCommand>("set").WithDescription("A new version: from a JSON file, or one exercise changed, added or removed.")
                    .WithExample("program", "set", "--patient", "maria", "--file", "program.json")
                    .WithExample("program", "set", "--patient", "maria", "--exercise", "knee-extension-seated", "--sets", "3", "--reps", "12");
                program.AddCommand<ProgramFromTemplateCommand>("from-template").WithDescription("A new version from one of the clinic's templates.")
                    .WithExample("program", "from-template", "--patient", "maria", "--clinic", "north", "--template", "acl-early");
                program.AddCommand<ProgramProposalsCommand>("proposals").WithDescription("Progression proposals and the roadmap.");
                program.AddCommand<ProgramDecideCommand>("decide").WithDescription("Accept or decline a proposal.")
                    .WithExample("program", "decide", "--patient", "maria", "--proposal", "p1", "--accept");
            });
            config.AddBranch("templates", templates =>
            {
                templates.SetDescription("'templates --clinic ID [[--json]]': the clinic's standard programs. 'templates save' adds one.");
                templates.AddExample("templates", "--clinic", "north");
                templates.SetDefaultCommand<TemplatesCommand>();
                templates.AddCommand<TemplatesSaveCommand>("save").WithDescription("Save a template from a program JSON file.");
            });
            config.AddCommand<ExercisesCommand>("exercises").WithDescription("The exercise library programs name.");
            config.AddCommand<PainCommand>("pain").WithDescription("A patient's pain reports (0-10), or --report a new one.")
                .WithExample("pain", "--patient", "maria", "--report", "4", "--moment", "after");
            config.AddCommand<SelfReportCommand>("self-report").WithDescription("A session the patient did without the band (kept apart from sensor data).")
                .WithExample("self-report", "--patient", "maria", "--exercise", "heel-slide", "--sets", "2", "--reps", "10");
            config.AddCommand<TimeCommand>("time").WithDescription("Log therapist time on a patient's remote monitoring.")
                .WithExample("time", "--patient", "maria", "--minutes", "12", "--interactive");
            config.AddCommand<RtmCommand>("rtm").WithDescription("The month's remote therapeutic monitoring report: codes and evidence.")
                .WithExample("rtm", "--clinic", "north", "--month", "2026-11");
            config.AddCommand<WatchCommand>("watch").WithDescription("A patient's reps, flags and reminders live, as they happen.")
                .WithExample("watch", "--patient", "maria", "--json");
            config.AddCommand<RepsCommand>("reps").WithDescription("A patient's detected reps, with daily totals.");
            config.AddBranch("devices", devices =>
            {
                devices.SetDescription("Bands.");
                devices.AddCommand<DevicesAddCommand>("add").WithDescription("Provision a band for a patient; prints its MQTT secret once.");
            });
        });
        return app;
    }
}
