using Google.Protobuf.WellKnownTypes;
using HepSense.Cli.Commands;
using HepSense.Contracts.Api;

namespace HepSense.Cli.Tests;

/// <summary>What the human views draw, read back as plain text.</summary>
public sealed class ViewTests
{
    [Fact]
    public void The_rtm_view_shows_codes_the_data_day_calendar_and_each_codes_evidence()
    {
        var r = new RtmReport { ClinicId = "north", Month = "2026-11" };
        var p = new RtmPatient { PatientId = "maria", DataDays = 2, TherapistMinutes = 25, InteractiveCommunication = true };
        p.Codes.Add("98980");
        p.DataDayDates.AddRange(["2026-11-02", "2026-11-27"]);
        p.Evidence.Add(new RtmCode { Code = "98980", Period = "2026-11", Reason = "25 min with an interactive communication" });
        r.Patients.Add(p);

        var text = Plain.Render(RtmCommand.Render(r, "north", "2026-11"));

        Assert.Contains("maria: 2 data days · 98980", text);
        Assert.Contains(" 2●  3 ", text);
        Assert.Contains("27● 28 ", text);
        Assert.Equal(2, text.Count(c => c == '●') - 1); // the legend has one too
        Assert.Contains("25 min with an interactive communication", text);
    }

    [Fact]
    public void Pain_is_drawn_on_the_ten_point_scale_before_and_after_apart()
    {
        Assert.Equal("███████··· 7", Plain.Markup(PainChart.Bar(7)).Trim());
        Assert.Equal("red", PainChart.Colour(7));
        Assert.Equal("green", PainChart.Colour(3));

        var text = Plain.Render(PainChart.Render("maria",
        [
            new PainReport { Score = 2, Moment = "before", When = "2026-11-02T08:00:00Z" },
            new PainReport { Score = 5, Moment = "after", When = "2026-11-02T08:30:00Z" },
        ]));
        Assert.Contains("2026-11-02 08:00 UTC  ██········ 2", text);
        Assert.Contains("Average before 2.0, after 5.0; highest 5.", text);
    }

    [Fact]
    public void A_program_version_shows_its_exercises_warnings_and_other_versions()
    {
        var v = new ProgramVersion { PatientId = "maria", Version = 2, CreatedBy = "ana", CreatedAt = "2026-11-27T10:59:43.194Z", Program = new Program { StartDate = "2026-11-27" } };
        v.Program.Exercises.Add(new PrescribedExercise { Exercise = "knee-extension-seated", Sets = 3, Reps = 12, HoldSeconds = 2, RestSeconds = 60, Side = "right", TimesPerDay = 2, DaysPerWeek = 7 });
        v.Warnings.Add("6 exercises: programs of more than 5 exercises are followed less");
        var v1 = new ProgramVersion { PatientId = "maria", Version = 1, Program = new Program { StartDate = "2026-11-16" } };

        var text = Plain.Render(ProgramView.Render(v, [v1, v]));

        Assert.Contains("program version 2, from 2026-11-27", text);
        Assert.Contains("knee-extension-seated │ right │ 3×12", text);
        Assert.Contains("2/60", text);
        Assert.Contains("2/day 7/wk", text);
        Assert.Contains("14 sessions a week · set by ana at 2026-11-27 10:59 UTC", text);
        Assert.Contains("warning: 6 exercises", text);
        Assert.Contains("2026-11-16", text);
    }

    [Fact]
    public void Watch_events_are_one_json_line_each_with_their_kind()
    {
        var rep = new PatientEvent { Rep = new Rep { Start = Timestamp.FromDateTime(new DateTime(2026, 11, 27, 11, 2, 39, DateTimeKind.Utc)), Exercise = "knee-extension-seated", Partial = true, SetNumber = 1, RepInSet = 4, RomDeg = 41.26, DeviceId = "band-1" } };
        var flag = new PatientEvent { Flag = new RiskFlag { PatientId = "maria", Kind = "no_data", Reason = "no data for 3 days", Urgency = 3 } };

        Assert.Equal("""{"event":"rep","start":"2026-11-27T11:02:39.000Z","exercise":"knee-extension-seated","partial":true,"set":1,"rep_in_set":4,"rom_deg":41.3,"device":"band-1"}""", JsonOutput.Format(WatchCommand.Json(rep)));
        Assert.Equal("""{"event":"flag","patient":"maria","kind":"no_data","reason":"no data for 3 days","urgency":3}""", JsonOutput.Format(WatchCommand.Json(flag)));
        Assert.Equal("""{"event":"reminder","text":"session 1 missing"}""", JsonOutput.Format(WatchCommand.Json(new PatientEvent { Reminder = "session 1 missing" })));
        Assert.Contains("knee-extension-seated set 1 rep 4, 41° partial", Plain.Markup(WatchCommand.Line(rep)));
    }
}
