using System.Globalization;
using HepSense.Grains;
using HepSense.Grains.Clinical;
using Msg = HepSense.Contracts.Api;
using Timestamp = Google.Protobuf.WellKnownTypes.Timestamp;

namespace HepSense.Api.Services;

/// <summary>Between the API's messages and the grains' records (clinical ones and reps): field checks that name the field, and the mapping back.</summary>
public static class ApiMessages
{
    public const string DateFormat = "yyyy-MM-dd";

    public static string Day(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);

    public static string Instant(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);

    public static Side Side(string? side, string field) => (side ?? "").ToLowerInvariant() switch
    {
        "" or "both" => Grains.Clinical.Side.Both,
        "left" => Grains.Clinical.Side.Left,
        "right" => Grains.Clinical.Side.Right,
        "none" => Grains.Clinical.Side.None,
        _ => throw RequestRules.Invalid($"{field} must be left, right, both or none (got '{side}')"),
    };

    public static string Side(Side side) => side.ToString().ToLowerInvariant();

    private static int Int(uint value) => (int)Math.Min(value, int.MaxValue);

    private static string Exercise(string? name, string field) =>
        string.IsNullOrWhiteSpace(name) ? throw RequestRules.Invalid($"{field} is required (a library exercise name)") : name.Trim();

    public static PrescribedExercise Prescribed(Msg.PrescribedExercise e, string field, DateOnly start, DateOnly? end) =>
        new(Exercise(e.Exercise, field + ".exercise"), Int(e.Sets), Int(e.Reps), (int)Math.Round(e.HoldSeconds), (int)Math.Round(e.RestSeconds),
            Side(e.Side, field + ".side"), new Frequency(Int(e.TimesPerDay), Int(e.DaysPerWeek), Weekdays(e, field + ".weekdays")), start, end,
            TargetRom(e, field + ".target_rom_deg"));

    /// <summary>Absent: not prescribed. Present: a range a joint can have (0 is not "absent": it is refused).</summary>
    private static double? TargetRom(Msg.PrescribedExercise e, string field) =>
        !e.HasTargetRomDeg ? null
        : PrescribedExercise.IsValidTargetRom(e.TargetRomDeg) ? e.TargetRomDeg
        : throw RequestRules.Invalid(string.Create(CultureInfo.InvariantCulture,
            $"{field} must be {PrescribedExercise.MinTargetRomDeg:0} to {PrescribedExercise.MaxTargetRomDeg:0} degrees (got {e.TargetRomDeg})"));

    private static readonly DayOfWeek[] WorkWeek = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    /// <summary>The named weekdays; none named and 5 a week is the work week, as therapists (and firmware-sim's cohorts) mean it.</summary>
    private static IReadOnlyList<DayOfWeek>? Weekdays(Msg.PrescribedExercise e, string field)
    {
        if (e.Weekdays.Count == 0) return e.DaysPerWeek == 5 ? WorkWeek : null;
        return e.Weekdays.Select(d => Enum.TryParse<DayOfWeek>(d, ignoreCase: true, out var day) && Enum.IsDefined(day) && !int.TryParse(d, out _)
            ? day
            : throw RequestRules.Invalid($"{field}: '{d}' is not a weekday (monday..sunday)")).ToArray();
    }

    /// <summary>The request's program as a draft: every exercise runs from the program's start to its end.</summary>
    public static ProgramDraft Draft(Msg.Program? program, string field)
    {
        if (program is null) throw RequestRules.Invalid($"{field} is required");
        var start = RequestRules.Date(program.StartDate, field + ".start_date");
        var end = RequestRules.OptionalDate(program.EndDate, field + ".end_date");
        RequestRules.InOrder(start, end, field + ".start_date", field + ".end_date");
        if (program.Exercises.Count == 0) throw RequestRules.Invalid($"{field}.exercises: a program needs at least one exercise");
        return new ProgramDraft(program.Exercises.Select((e, i) => Prescribed(e, $"{field}.exercises[{i}]", start, end)).ToArray(), start);
    }

    public static Msg.PrescribedExercise Message(PrescribedExercise e)
    {
        var message = new Msg.PrescribedExercise
        {
            Exercise = e.Exercise,
            Sets = (uint)e.Sets,
            Reps = (uint)e.Reps,
            HoldSeconds = e.HoldSeconds,
            RestSeconds = e.RestSeconds,
            Side = Side(e.Side),
            TimesPerDay = (uint)e.Frequency.TimesPerDay,
            DaysPerWeek = (uint)e.Frequency.DaysPerWeek,
            Weekdays = { e.Frequency.Days?.Select(d => d.ToString().ToLowerInvariant()) ?? [] },
        };
        if (e.TargetRomDeg is { } rom) message.TargetRomDeg = rom;
        return message;
    }

    public static Msg.ProgramVersion Message(string patientId, ProgramVersionView view)
    {
        var p = view.Program;
        var ends = p.Exercises.Select(e => e.End).ToArray();
        var message = new Msg.ProgramVersion
        {
            PatientId = patientId,
            Version = (uint)p.Version,
            Program = new Msg.Program
            {
                StartDate = Day(p.EffectiveFrom),
                EndDate = ends.All(e => e is not null) ? Day(ends.Max()!.Value) : "",
            },
            CreatedBy = p.ChangedBy,
            CreatedAt = Instant(p.ChangedAt),
        };
        message.Program.Exercises.AddRange(p.Exercises.Select(Message));
        message.Warnings.AddRange(view.Warnings);
        return message;
    }

    public static ProgramTemplate Template(Msg.ProgramTemplate? t)
    {
        if (t is null) throw RequestRules.Invalid("template is required");
        var clinic = RequestRules.Id(t.ClinicId, "template.clinic_id");
        var id = RequestRules.Id(t.TemplateId, "template.template_id");
        var name = RequestRules.Required(t.Name, "template.name");
        if (t.Exercises.Count == 0) throw RequestRules.Invalid("template.exercises: a template needs at least one exercise");
        return new ProgramTemplate(id, clinic, name, t.Exercises.Select((e, i) =>
        {
            var p = Prescribed(e, $"template.exercises[{i}]", DateOnly.MinValue, null);
            return new TemplateExercise(p.Exercise, p.Sets, p.Reps, p.HoldSeconds, p.RestSeconds, p.Side, p.Frequency, TargetRomDeg: p.TargetRomDeg);
        }).ToArray());
    }

    public static Msg.ProgramTemplate Message(ProgramTemplate t)
    {
        var message = new Msg.ProgramTemplate { ClinicId = t.ClinicId, TemplateId = t.Id, Name = t.Name };
        message.Exercises.AddRange(t.Exercises.Select(e => Message(new PrescribedExercise(
            e.Exercise, e.Sets, e.Reps, e.HoldSeconds, e.RestSeconds, e.Side, e.Frequency, DateOnly.MinValue, TargetRomDeg: e.TargetRomDeg))));
        return message;
    }

    public static Msg.Exercise Message(ExerciseDefinition e) => new()
    {
        Name = e.Id,
        Title = e.Name,
        Instructions = e.Instructions,
        VideoUrl = e.VideoUrl ?? "",
        BodyRegion = e.BodyRegion,
        Side = Side(e.Side),
        TypicalRepSeconds = e.TypicalTempoS ?? 0,
        TypicalRomDeg = e.TypicalRangeDeg ?? 0,
    };

    public static string Kind(RiskKind kind) => kind switch
    {
        RiskKind.HighPain => "pain_high",
        RiskKind.RisingPain => "pain_rising",
        RiskKind.NoData => "no_data",
        RiskKind.LowAdherence => "low_adherence",
        RiskKind.RisingPartialShare => "partial_rising",
        RiskKind.BandOffline => "band_offline",
        RiskKind.BatteryLow => "battery_low",
        _ => kind.ToString(),
    };

    private static readonly int RiskKinds = Enum.GetValues<RiskKind>().Length;

    /// <summary>Urgency by kind (higher first), as the rules order them.</summary>
    public static Msg.RiskFlag Message(CurrentFlag f) => new()
    {
        PatientId = f.Flag.PatientId,
        Kind = Kind(f.Flag.Kind),
        Reason = f.Flag.Reason,
        Urgency = RiskKinds - (int)f.Flag.Kind,
        Since = Day(f.Since),
    };

    public static Msg.Patient Message(PatientProfile p, IEnumerable<CurrentFlag> flags)
    {
        var message = new Msg.Patient { PatientId = p.PatientId, ClinicId = p.ClinicId, Name = p.Name, TimeZone = p.TimeZone };
        message.DeviceIds.AddRange(p.Devices);
        message.Flags.AddRange(flags.Select(Message));
        return message;
    }

    public static Msg.Proposal Message(string patientId, ProposalEntry entry)
    {
        var p = entry.Proposal;
        return new Msg.Proposal
        {
            ProposalId = entry.Id,
            PatientId = patientId,
            Exercise = p.Exercise,
            Change = p.ToSets != p.FromSets ? $"sets {p.FromSets} -> {p.ToSets}" : $"reps {p.FromReps} -> {p.ToReps}",
            Reason = p.Reason,
            Status = p.Status switch { ProposalStatus.Pending => "proposed", var s => s.ToString().ToLowerInvariant() },
        };
    }

    public static Msg.Rep Message(RepRecord r) => new()
    {
        PatientId = r.PatientId,
        DeviceId = r.DeviceId,
        Exercise = r.Exercise,
        Start = Timestamp.FromDateTimeOffset(r.Start),
        End = Timestamp.FromDateTimeOffset(r.End),
        DurationS = r.DurationS,
        RomDeg = r.RomDeg,
        PeakAngularSpeedDps = r.PeakAngularSpeedDps,
        Partial = r.Partial,
        Confidence = r.Confidence,
        SetNumber = (uint)r.SetNumber,
        RepInSet = (uint)r.RepInSet,
    };

    public static Msg.PainReport Message(string patientId, PainReport r) => new()
    {
        PatientId = patientId,
        Score = (uint)r.Score,
        When = Instant(r.At),
        Moment = r.Timing switch { PainTiming.BeforeSession => "before", PainTiming.AfterSession => "after", _ => "" },
    };

    public static PainTiming Moment(string? moment, string field) => (moment ?? "").ToLowerInvariant() switch
    {
        "" => PainTiming.Other,
        "before" => PainTiming.BeforeSession,
        "after" => PainTiming.AfterSession,
        _ => throw RequestRules.Invalid($"{field} must be before, after or empty (got '{moment}')"),
    };

    public static Msg.Adherence Message(string patientId, PatientAdherence a)
    {
        var message = new Msg.Adherence
        {
            PatientId = patientId,
            SessionShare = a.Summary.SessionShare ?? 0,
            RepShare = a.Summary.RepShare ?? 0,
            FullRangeShare = a.Summary.FullRangeShare ?? 0,
            CurrentStreakDays = (uint)a.Streak.Current,
            LongestStreakDays = (uint)a.Streak.Longest,
        };
        var exercisesOf = a.Exercises.ToLookup(e => e.Date);
        for (var i = 0; i < a.Days.Count; i++)
        {
            var d = a.Days[i];
            var day = new Msg.AdherenceDay
            {
                Date = Day(d.Date),
                SessionsPrescribed = (uint)d.SessionsPrescribed,
                SessionsDone = (uint)d.SessionsDone,
                SessionsPartlyDone = (uint)a.SessionsPartlyDone[i],
                RepsPrescribed = (uint)d.RepsPrescribed,
                RepsDone = (uint)d.RepsDone,
                PartialReps = (uint)d.PartialReps,
                SelfReportedSessions = (uint)d.SelfReportedSessions,
            };
            day.Exercises.AddRange(exercisesOf[d.Date].Select(e => new Msg.ExerciseDay
            {
                Exercise = e.Exercise,
                SetsPrescribed = (uint)e.SetsPrescribed,
                SetsDone = (uint)e.SetsDone,
                RepsPrescribed = (uint)e.RepsPrescribed,
                RepsDone = (uint)e.RepsDone,
                PartialReps = (uint)e.PartialReps,
            }));
            message.Days.Add(day);
        }
        return message;
    }

    public static Msg.RtmPatient Message(RtmMonth m)
    {
        var message = new Msg.RtmPatient
        {
            PatientId = m.PatientId,
            DataDays = (uint)m.DataDays.Count,
            TherapistMinutes = (uint)m.TherapistMinutes,
            InteractiveCommunication = m.InteractiveCommunication,
        };
        message.Codes.AddRange(m.Codes);
        message.DataDayDates.AddRange(m.DataDays.Select(Day));
        message.Evidence.AddRange(m.Lines.Select(l => new Msg.RtmCode
        {
            Code = l.Code,
            Period = l.Days.Count == 0 ? "" : $"{Day(l.Days.Min())}..{Day(l.Days.Max())}",
            Reason = l.Units > 1 ? $"{l.Units} units: {l.Evidence}" : l.Evidence,
        }));
        return message;
    }
}
