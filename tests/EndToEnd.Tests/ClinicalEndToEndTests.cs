using Grpc.Core;
using HepSense.Contracts.Access;
using HepSense.Contracts.Api;
using HepSense.Grains;
using HepSense.Grains.Clinical;
using HepSense.Grains.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans.Storage;
using static HepSense.EndToEnd.Tests.Clinical;

namespace HepSense.EndToEnd.Tests;

/// <summary>
/// The clinical model through the real gRPC channel of a real node: a clinic, a therapist, a patient in Chicago with a
/// program; a band session streamed by firmware-sim; adherence, flags, pain, program versions, the live stream, RTM,
/// the audit log, and what callers of another clinic (or another patient) may not see.
/// </summary>
public sealed class ClinicalEndToEndTests(NodeFixture node) : IClassFixture<NodeFixture>
{
    private static readonly TimeZoneInfo Chicago = LocalTime.Zone("America/Chicago");

    [Fact]
    public async Task A_streamed_session_becomes_adherence_flags_and_an_audited_read_that_other_clinics_cannot_see()
    {
        var admin = new ClinicService.ClinicServiceClient(node.Channel);
        await admin.CreateClinicAsync(new CreateClinicRequest { ClinicId = "nord", Name = "Physio Nord" });
        await admin.CreateClinicAsync(new CreateClinicRequest { ClinicId = "sued", Name = "Physio Süd" });
        await admin.AddTherapistAsync(new AddTherapistRequest { ClinicId = "nord", TherapistId = "anna", Name = "Anna" });
        Assert.Equal(StatusCode.AlreadyExists, await Status(async () => await admin.CreateClinicAsync(new CreateClinicRequest { ClinicId = "nord", Name = "x" })));

        using var anna = As(node, Roles.Therapist, "anna", "nord");
        using var bert = As(node, Roles.Therapist, "bert", "sued");
        using var maria = As(node, Roles.Patient, "maria");
        using var otto = As(node, Roles.Patient, "otto");
        var clinic = new ClinicService.ClinicServiceClient(anna);
        var programs = new ProgramService.ProgramServiceClient(anna);
        var patients = new PatientService.PatientServiceClient(anna);

        Assert.Equal(StatusCode.InvalidArgument, await Status(async () =>
            await clinic.AddPatientAsync(new AddPatientRequest { ClinicId = "nord", PatientId = "maria", Name = "Maria", TimeZone = "America/Chikago" })));
        await clinic.AddPatientAsync(new AddPatientRequest { ClinicId = "nord", PatientId = "maria", Name = "Maria", TimeZone = "America/Chicago" });
        Assert.Equal(StatusCode.PermissionDenied, await Status(async () =>
            await new ClinicService.ClinicServiceClient(bert).AddPatientAsync(new AddPatientRequest { ClinicId = "nord", PatientId = "x", TimeZone = "UTC" })));

        // Program: an unknown exercise is refused with the field named and nothing saved; six exercises warn.
        var today = Today(Chicago);
        var start = today.AddDays(-3);
        var typo = await Assert.ThrowsAsync<RpcException>(async () =>
            await programs.SetProgramAsync(new SetProgramRequest { PatientId = "maria", Program = Daily(start, "knee-extensoin") }));
        Assert.Equal(StatusCode.InvalidArgument, typo.StatusCode);
        Assert.Contains("knee-extensoin", typo.Status.Detail);
        var undated = Daily(start, Knee);
        undated.StartDate = "";
        var noStart = await Assert.ThrowsAsync<RpcException>(async () =>
            await programs.SetProgramAsync(new SetProgramRequest { PatientId = "maria", Program = undated }));
        Assert.Contains("program.start_date", noStart.Status.Detail);
        Assert.Equal(StatusCode.NotFound, await Status(async () => await programs.GetProgramAsync(new GetProgramRequest { PatientId = "maria" })));
        var v1 = await programs.SetProgramAsync(new SetProgramRequest { PatientId = "maria", Program = Daily(start, Knee) });
        Assert.Equal((1u, 0), (v1.Version, v1.Warnings.Count));

        // The band, provisioned by the therapist; a session yesterday afternoon (Chicago), streamed by firmware-sim.
        var band = await new DeviceService.DeviceServiceClient(anna).ProvisionDeviceAsync(new ProvisionDeviceRequest { DeviceId = "maria-band", PatientId = "maria" });
        Assert.Equal(StatusCode.PermissionDenied, await Status(async () =>
            await new DeviceService.DeviceServiceClient(bert).ProvisionDeviceAsync(new ProvisionDeviceRequest { DeviceId = "stolen", PatientId = "maria" })));

        using var watchCall = patients.Watch(new WatchRequest { PatientId = "maria" });
        var firstRep = WaitForRep(watchCall);
        var yesterday = today.AddDays(-1);
        var streamed = await Stream(node, "maria-band", band.Secret, LocalTime.At(yesterday, new TimeOnly(15, 0), Chicago), seed: 7);
        Assert.Equal(20, streamed);

        var from = start.ToString("yyyy-MM-dd");
        var to = today.ToString("yyyy-MM-dd");
        var adherence = await Poll.Until(
            async () => await patients.GetAdherenceAsync(new GetAdherenceRequest { PatientId = "maria", From = from, To = to }),
            a => a.Days.Sum(d => d.RepsDone) >= streamed);
        Assert.Equal([start, start.AddDays(1), yesterday, today], adherence.Days.Select(d => DateOnly.Parse(d.Date)));
        var done = adherence.Days[2];
        Assert.Equal((1u, 1u, 20u, (uint)streamed), (done.SessionsPrescribed, done.SessionsDone, done.RepsPrescribed, done.RepsDone));
        Assert.Equal((2u, 2u), (done.Exercises[0].SetsPrescribed, done.Exercises[0].SetsDone));
        Assert.All(adherence.Days.Take(2), d => Assert.Equal((1u, 0u, 0u), (d.SessionsPrescribed, d.SessionsDone, d.RepsDone)));
        Assert.Equal(Knee, (await firstRep.WaitAsync(TimeSpan.FromSeconds(60))).Exercise);

        // Flags: one of three prescribed days done is low adherence; pain 8 comes first.
        await new PatientService.PatientServiceClient(maria).ReportPainAsync(new ReportPainRequest { PatientId = "maria", Score = 8, Moment = "after" });
        Assert.Equal(StatusCode.InvalidArgument, await Status(async () =>
            await new PatientService.PatientServiceClient(maria).ReportPainAsync(new ReportPainRequest { PatientId = "maria", Score = 11 })));
        var flags = await clinic.ListFlagsAsync(new ListFlagsRequest { ClinicId = "nord" });
        Assert.Equal(["pain_high", "low_adherence"], flags.Flags.Select(f => f.Kind));
        Assert.Contains("20 of 60 prescribed reps", flags.Flags[1].Reason);
        Assert.Equal(8u, Assert.Single((await patients.ListPainAsync(new ListPainRequest { PatientId = "maria" })).Reports).Score);
        var listed = Assert.Single((await clinic.ListPatientsAsync(new ListPatientsRequest { ClinicId = "nord" })).Patients);
        Assert.Equal(["maria-band"], listed.DeviceIds);
        Assert.Equal(2, listed.Flags.Count);

        // A new version with six exercises warns; history keeps both.
        var v2 = await programs.SetProgramAsync(new SetProgramRequest { PatientId = "maria",
            Program = Daily(today, Knee, "sit-to-stand", "mini-squat", "heel-raise", "bridge", "straight-leg-raise") });
        Assert.Equal(2u, v2.Version);
        Assert.Contains("6 exercises", Assert.Single(v2.Warnings));
        var history = await new ProgramService.ProgramServiceClient(maria).GetProgramAsync(new GetProgramRequest { PatientId = "maria", Version = 1 });
        Assert.Equal((1u, 2), (history.Current.Version, history.History.Count));
        var proposals = await programs.ListProposalsAsync(new ListProposalsRequest { PatientId = "maria" });
        Assert.Empty(proposals.Proposals);
        Assert.Equal([10u, 12u, 14u, 15u], proposals.Roadmap[0].Steps.Take(4).Select(s => s.Reps));
        Assert.Equal(StatusCode.NotFound, await Status(async () =>
            await programs.DecideProposalAsync(new DecideProposalRequest { PatientId = "maria", ProposalId = "p1", Accept = true })));

        // Another clinic's therapist and another patient see nothing of Maria.
        var bertPatients = new PatientService.PatientServiceClient(bert);
        Assert.Equal(StatusCode.PermissionDenied, await Status(async () => await bertPatients.GetAdherenceAsync(new GetAdherenceRequest { PatientId = "maria", From = from, To = to })));
        Assert.Equal(StatusCode.PermissionDenied, await Status(async () => await bertPatients.ListPainAsync(new ListPainRequest { PatientId = "maria" })));
        Assert.Equal(StatusCode.PermissionDenied, await Status(async () => await new ClinicService.ClinicServiceClient(bert).ListFlagsAsync(new ListFlagsRequest { ClinicId = "nord" })));
        Assert.Equal(StatusCode.PermissionDenied, await Status(async () => await new ReportService.ReportServiceClient(bert).GetRtmReportAsync(new GetRtmReportRequest { ClinicId = "nord", Month = "2026-09" })));
        Assert.Equal(StatusCode.PermissionDenied, await Status(async () => await new RepService.RepServiceClient(bert).ListRepsAsync(new ListRepsRequest { PatientId = "maria" })));
        Assert.Equal(StatusCode.PermissionDenied, await Status(async () => await new ProgramService.ProgramServiceClient(bert).GetProgramAsync(new GetProgramRequest { PatientId = "maria" })));
        Assert.Equal(StatusCode.PermissionDenied, await Status(async () => await new PatientService.PatientServiceClient(otto).GetAdherenceAsync(new GetAdherenceRequest { PatientId = "maria", From = from, To = to })));
        Assert.Equal(StatusCode.PermissionDenied, await Status(async () => await new ProgramService.ProgramServiceClient(maria).SetProgramAsync(new SetProgramRequest { PatientId = "maria", Program = Daily(today, Knee) })));
        Assert.Equal(StatusCode.OK, await Status(async () => await new PatientService.PatientServiceClient(maria).GetAdherenceAsync(new GetAdherenceRequest { PatientId = "maria", From = from, To = to })));
        Assert.Equal(streamed, (int)(await new RepService.RepServiceClient(anna).ListRepsAsync(new ListRepsRequest { PatientId = "maria" })).Total);

        // Every therapist read is audited: in InfluxDB and in the log, never the patient's own reads.
        var audited = await Poll.Until(() => node.Influx.Count("SELECT count(actor) FROM audit WHERE \"patient\" = 'maria' AND \"method\" = 'GetAdherence'"), n => n >= 1);
        Assert.Equal(1, audited);
        Assert.Contains(node.Logs.Entries, e => e.Category == "HepSense.Audit" && e.Level == LogLevel.Information
            && e.Message.Contains("anna") && e.Message.Contains("GetAdherence") && e.Message.Contains("maria"));
    }

    [Fact]
    public async Task A_watch_keeps_hearing_the_patient_after_a_garbage_collection()
    {
        // Orleans holds a watcher only weakly: the gRPC call itself must keep it alive (a Release build once let it go).
        var admin = new ClinicService.ClinicServiceClient(node.Channel);
        await admin.CreateClinicAsync(new CreateClinicRequest { ClinicId = "gc", Name = "Physio GC" });
        await admin.AddPatientAsync(new AddPatientRequest { ClinicId = "gc", PatientId = "gus", TimeZone = "UTC" });
        using var gus = As(node, Roles.Patient, "gus");
        await new PatientService.PatientServiceClient(gus).ReportPainAsync(new ReportPainRequest { PatientId = "gus", Score = 9, Moment = "after" });

        using var watch = new PatientService.PatientServiceClient(node.Channel).Watch(new WatchRequest { PatientId = "gus" });
        var events = watch.ResponseStream;
        Assert.True(await events.MoveNext()); // the current flags come after the watcher subscribed
        Assert.Equal(PatientEvent.KindOneofCase.Flag, events.Current.KindCase);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        var now = DateTimeOffset.UtcNow;
        await node.Service<IGrainFactory>().GetGrain<IPatientGrain>("gus")
            .RecordReps([new RepRecord("gus", "gus-band", Knee, now, now.AddSeconds(2), 60, 90, false, 0.9, 1, 1)]);
        // Bounded against hanging, not speed: a one-way call.
        while (await events.MoveNext().WaitAsync(TimeSpan.FromSeconds(60)))
            if (events.Current.KindCase == PatientEvent.KindOneofCase.Rep) break;
        Assert.Equal((PatientEvent.KindOneofCase.Rep, "gus-band"), (events.Current.KindCase, events.Current.Rep.DeviceId));
    }

    [Fact]
    public async Task A_patient_who_moved_to_another_clinic_is_in_none_of_the_old_clinics_lists()
    {
        // Moe is enrolled in clinic "ost" and has a flag; clinic "west" still lists him (stored before he moved).
        var admin = new ClinicService.ClinicServiceClient(node.Channel);
        await admin.CreateClinicAsync(new CreateClinicRequest { ClinicId = "ost", Name = "Physio Ost" });
        using var olga = As(node, Roles.Therapist, "olga", "ost");
        using var wim = As(node, Roles.Therapist, "wim", "west");
        using var moe = As(node, Roles.Patient, "moe");
        await new ClinicService.ClinicServiceClient(olga).AddPatientAsync(new AddPatientRequest { ClinicId = "ost", PatientId = "moe", TimeZone = "UTC" });
        await new PatientService.PatientServiceClient(moe).ReportPainAsync(new ReportPainRequest { PatientId = "moe", Score = 9, Moment = "after" });
        var storage = node.App.Services.GetRequiredKeyedService<IGrainStorage>(HepSenseStorage.Name);
        var west = new GrainState<ClinicState>(new ClinicState { Name = "Physio West", Patients = ["moe"] });
        await storage.WriteStateAsync("clinic", node.Service<IGrainFactory>().GetGrain<IClinicGrain>("west").GetGrainId(), west);

        var ostFlags = await new ClinicService.ClinicServiceClient(olga).ListFlagsAsync(new ListFlagsRequest { ClinicId = "ost" });
        Assert.Contains(ostFlags.Flags, f => f.PatientId == "moe" && f.Kind == "pain_high");
        var westClinic = new ClinicService.ClinicServiceClient(wim);
        Assert.Empty((await westClinic.ListFlagsAsync(new ListFlagsRequest { ClinicId = "west" })).Flags);
        Assert.Empty((await westClinic.ListPatientsAsync(new ListPatientsRequest { ClinicId = "west" })).Patients);
        Assert.Equal(StatusCode.PermissionDenied, await Status(async () =>
            await new PatientService.PatientServiceClient(wim).ListPainAsync(new ListPainRequest { PatientId = "moe" })));
    }

    [Fact]
    public async Task A_constructed_month_earns_the_rtm_codes_its_data_days_and_minutes_say()
    {
        var admin = new ClinicService.ClinicServiceClient(node.Channel);
        await admin.CreateClinicAsync(new CreateClinicRequest { ClinicId = "rtm", Name = "RTM clinic" });
        using var tess = As(node, Roles.Therapist, "tess", "rtm");
        await new ClinicService.ClinicServiceClient(tess).AddPatientAsync(new AddPatientRequest { ClinicId = "rtm", PatientId = "rita", TimeZone = "America/New_York" });
        await new ClinicService.ClinicServiceClient(tess).AddPatientAsync(new AddPatientRequest { ClinicId = "rtm", PatientId = "rolf", TimeZone = "UTC" });
        var september = new DateOnly(2026, 9, 1);
        await new ProgramService.ProgramServiceClient(tess).SetProgramAsync(new SetProgramRequest { PatientId = "rita", Program = Daily(september, Knee) });

        // 16 data days in September (late evening in New York: the next day in UTC, so the patient's zone decides).
        var zone = LocalTime.Zone("America/New_York");
        var rita = node.Service<IGrainFactory>().GetGrain<IPatientGrain>("rita");
        for (var day = 0; day < 16; day++)
        {
            var start = LocalTime.At(september.AddDays(day * 2 - (day == 0 ? 0 : 1)), new TimeOnly(21, 30), zone);
            await rita.RecordReps([new RepRecord("rita", "rita-band", Knee, start, start.AddSeconds(3), 70, 90, false, 0.9, 1, 1)]);
        }
        var time = new PatientService.PatientServiceClient(tess);
        await time.LogTherapistTimeAsync(new LogTherapistTimeRequest { PatientId = "rita", Minutes = 12, Date = "2026-09-03" });
        var total = await time.LogTherapistTimeAsync(new LogTherapistTimeRequest { PatientId = "rita", Minutes = 30, Interactive = true, Date = "2026-09-20" });
        Assert.Equal(42u, total.MonthMinutes);
        Assert.Equal(StatusCode.PermissionDenied, await Status(async () =>
            await new PatientService.PatientServiceClient(node.Channel).LogTherapistTimeAsync(new LogTherapistTimeRequest { PatientId = "rita", Minutes = 5 })));

        // Five days a week without named days is the work week; a weekday that is none is refused by name.
        var weekdays = Daily(september, Knee);
        weekdays.Exercises[0].DaysPerWeek = 5;
        var rolfProgram = await new ProgramService.ProgramServiceClient(tess).SetProgramAsync(new SetProgramRequest { PatientId = "rolf", Program = weekdays });
        Assert.Equal(["monday", "tuesday", "wednesday", "thursday", "friday"], rolfProgram.Program.Exercises[0].Weekdays);
        weekdays.Exercises[0].Weekdays.Add("funday");
        var funday = await Assert.ThrowsAsync<RpcException>(async () =>
            await new ProgramService.ProgramServiceClient(tess).SetProgramAsync(new SetProgramRequest { PatientId = "rolf", Program = weekdays }));
        Assert.Contains("program.exercises[0].weekdays", funday.Status.Detail);

        var report = await new ReportService.ReportServiceClient(tess).GetRtmReportAsync(new GetRtmReportRequest { ClinicId = "rtm", Month = "2026-09" });
        var r = report.Patients.Single(p => p.PatientId == "rita");
        Assert.Equal(16u, r.DataDays);
        Assert.Equal(["98975", "98977", "98980", "98981"], r.Codes);
        Assert.Equal("2026-09-01", r.DataDayDates[0]);
        Assert.Contains(r.Evidence, e => e.Code == "98977" && e.Reason.Contains("16 data days in period 1"));
        Assert.Empty(report.Patients.Single(p => p.PatientId == "rolf").Codes);
        Assert.Equal(StatusCode.InvalidArgument, await Status(async () =>
            await new ReportService.ReportServiceClient(tess).GetRtmReportAsync(new GetRtmReportRequest { ClinicId = "rtm", Month = "2026-13" })));
    }

    /// <summary>The first rep the live stream carries (flags may come first).</summary>
    private static async Task<Rep> WaitForRep(AsyncServerStreamingCall<PatientEvent> call)
    {
        await foreach (var e in call.ResponseStream.ReadAllAsync())
            if (e.KindCase == PatientEvent.KindOneofCase.Rep) return e.Rep;
        throw new InvalidOperationException("the watch ended without a rep");
    }
}
