using HepSense.Grains.Clinical;

namespace HepSense.Grains;

/// <summary>
/// One patient, keyed by patient id: who they are, their program, what their bands detected, pain, adherence,
/// flags, reminders and remote-monitoring billing. Bands may stream for a patient no clinic enrolled yet (reps
/// are kept); every clinical method rejects with NotFound until a clinic enrolls the patient.
/// </summary>
public interface IPatientGrain : IGrainWithStringKey
{
    /// <summary>Idempotent: a rep recorded before (same band and start) is left out everywhere (<see cref="RecentReps"/>), so a failed call may be retried.</summary>
    Task RecordReps(IReadOnlyList<RepRecord> reps);

    Task<IReadOnlyList<DailyTally>> GetDailyTallies();

    /// <summary>Adds a live observer of new reps (an <see cref="IPatientObserver"/> also gets flags and reminders).
    /// Subscriptions lapse after <see cref="PatientGrain.ObserverLease"/>: subscribe again well within it (every 30 s, say) to stay on.</summary>
    Task Subscribe(IRepObserver observer);

    Task Unsubscribe(IRepObserver observer);

    /// <summary>Called by the clinic's grain. Rejects with AlreadyExists when another clinic has the patient; the same clinic updates name and zone.</summary>
    Task<PatientProfile> Enroll(string clinicId, string name, string timeZone);

    /// <summary>Null until enrolled.</summary>
    Task<PatientProfile?> GetProfile();

    Task AddDevice(string deviceId);

    Task RemoveDevice(string deviceId);

    /// <summary>A new program version (exercises must be in the clinic's library); starts the monitoring episode with the first.</summary>
    Task<ProgramVersionView> SetProgram(ProgramDraft draft, string changedBy);

    Task<IReadOnlyList<ProgramVersionView>> GetProgramHistory();

    /// <summary>
    /// The range of motion the program governing today prescribes for <paramref name="exercise"/>, for the band's detector;
    /// null when none is prescribed, the exercise is not in the program, or the patient is not enrolled (never a rejection:
    /// a band streams whatever the clinic has set up).
    /// </summary>
    Task<double?> GetTargetRom(string exercise);

    Task<PainReport> ReportPain(PainReport report);

    Task<IReadOnlyList<PainReport>> GetPain(DateTimeOffset from, DateTimeOffset to);

    Task ReportSelf(SelfReport report);

    /// <summary>Logs therapist time; returns the minutes of that calendar month.</summary>
    Task<int> LogTime(TherapistTime time);

    Task<PatientAdherence> GetAdherence(DateOnly from, DateOnly to);

    /// <summary>The current risk flags, evaluated now (and kept, with the day each went up).</summary>
    Task<IReadOnlyList<CurrentFlag>> GetFlags();

    /// <summary>Every proposal, after looking for a new one.</summary>
    Task<IReadOnlyList<ProposalEntry>> GetProposals();

    /// <summary>Accepting adds the program version with the proposal's dose, effective today.</summary>
    Task<ProposalEntry> DecideProposal(string proposalId, bool accept, string decidedBy);

    /// <summary>The patient's RTM month; null without a monitoring episode.</summary>
    Task<RtmMonth?> GetRtmMonth(int year, int month);

    /// <summary>Reminds every session that is due now (the reminder tick calls it; tests may too). Returns what it reminded.</summary>
    Task<IReadOnlyList<DueReminder>> CheckReminders();
}
