using HepSense.Cli.Commands;
using HepSense.Contracts.Api;

namespace HepSense.Cli.Tests;

/// <summary>The operator contract's JSON, key for key: black-box checks parse exactly these shapes.</summary>
public sealed class JsonContractTests
{
    [Fact]
    public void Flags_print_patient_kind_reason_and_urgency_most_urgent_first()
    {
        RiskFlag[] flags =
        [
            new() { PatientId = "bob", Kind = "battery_low", Reason = "battery 12%", Urgency = 1, Since = "2026-11-20" },
            new() { PatientId = "maria", Kind = "pain_high", Reason = "pain 8/10 on 2026-11-19", Urgency = 9, Since = "2026-11-19" },
        ];

        var json = JsonOutput.Format(FlagsCommand.Json(FlagView.MostUrgentFirst(flags)));

        Assert.Equal(
            """{"flags":[{"patient":"maria","kind":"pain_high","reason":"pain 8/10 on 2026-11-19","urgency":9},{"patient":"bob","kind":"battery_low","reason":"battery 12%","urgency":1}]}""",
            json);
    }

    [Fact]
    public void No_flags_is_an_empty_list()
    {
        Assert.Equal("""{"flags":[]}""", JsonOutput.Format(FlagsCommand.Json([])));
    }

    [Fact]
    public void Adherence_prints_the_six_day_fields_and_nothing_else()
    {
        var a = new Adherence { PatientId = "maria", SessionShare = 0.5, CurrentStreakDays = 3 };
        a.Days.Add(new AdherenceDay
        {
            Date = "2026-11-02", SessionsPrescribed = 2, SessionsDone = 1, SessionsPartlyDone = 1, RepsPrescribed = 60, RepsDone = 45,
            PartialReps = 5, SelfReportedSessions = 1,
        });

        Assert.Equal(
            """{"patient":"maria","days":[{"date":"2026-11-02","sessions_prescribed":2,"sessions_done":1,"reps_prescribed":60,"reps_done":45,"partial_reps":5}]}""",
            JsonOutput.Format(AdherenceCommand.Json(a)));
    }

    [Fact]
    public void Rtm_prints_patient_data_days_and_codes()
    {
        var r = new RtmReport { ClinicId = "north", Month = "2026-11" };
        var p = new RtmPatient { PatientId = "maria", DataDays = 17, TherapistMinutes = 25, InteractiveCommunication = true };
        p.Codes.AddRange(["98975", "98977", "98980"]);
        p.DataDayDates.Add("2026-11-02");
        r.Patients.Add(p);
        r.Patients.Add(new RtmPatient { PatientId = "bob", DataDays = 1 });

        Assert.Equal(
            """{"patients":[{"patient":"maria","data_days":17,"codes":["98975","98977","98980"]},{"patient":"bob","data_days":1,"codes":[]}]}""",
            JsonOutput.Format(RtmCommand.Json(r)));
    }

    [Fact]
    public void A_shown_program_reads_back_as_the_same_program()
    {
        var v = new ProgramVersion { PatientId = "maria", Version = 3, Program = new Program { StartDate = "2026-11-02", EndDate = "2026-12-31" } };
        v.Program.Exercises.Add(new PrescribedExercise { Exercise = "knee-extension-seated", Sets = 3, Reps = 12, HoldSeconds = 2, Side = "left", TimesPerDay = 2, DaysPerWeek = 5 });
        v.Program.Exercises.Add(new PrescribedExercise { Exercise = "mini-squat", Sets = 2, Reps = 10, TimesPerDay = 1, DaysPerWeek = 7, TargetRomDeg = 35 });
        v.Warnings.Add("too many");

        var shown = JsonOutput.Format(ProgramView.Json(v));

        Assert.Equal(v.Program, ProgramFile.Parse(shown, "shown"));
    }
}
