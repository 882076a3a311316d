using HepSense.Grains.Clinical;

namespace HepSense.Grains.Tests;

/// <summary>The band's detector judges reps against the range the patient's program prescribes for the chosen exercise.</summary>
[Collection(ClusterCollection.Name)]
public sealed class PrescribedRangeTests(ClusterFixture fixture)
{
    private const long T0 = 1_780_000_000_000;
    private const float Rate = 50;
    private static readonly DateOnly Day = DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeMilliseconds(T0).UtcDateTime);

    private static PrescribedExercise Exercise(string name, double? targetRomDeg) =>
        new(name, 1, 10, 0, 30, Side.Both, Frequency.Daily(1), Day, TargetRomDeg: targetRomDeg);

    private async Task<IPatientGrain> Enrolled()
    {
        var clinic = $"c-{Guid.NewGuid():N}";
        var patientId = $"pat-{Guid.NewGuid():N}";
        await fixture.Client.GetGrain<IClinicGrain>(clinic).Create("Range");
        await fixture.Client.GetGrain<IClinicGrain>(clinic).AddPatient(patientId, "Ron", "Etc/UTC");
        return fixture.Client.GetGrain<IPatientGrain>(patientId);
    }

    [Fact]
    public async Task Each_exercise_chosen_starts_a_detector_with_its_own_prescribed_range()
    {
        var patient = await Enrolled();
        // Knee extension prescribed to 140°: the band's 70° reps are half of it. Mini squats: no range prescribed.
        await patient.SetProgram(new ProgramDraft([Exercise("knee-extension-seated", 140), Exercise("mini-squat", null)], Day), "t1");
        Assert.Equal(140, await patient.GetTargetRom("Knee-Extension-Seated"));
        Assert.Null(await patient.GetTargetRom("mini-squat"));
        Assert.Null(await patient.GetTargetRom("bridge"));
        var device = fixture.Client.GetGrain<IDeviceGrain>($"band-{Guid.NewGuid():N}");
        await device.Provision(patient.GetPrimaryKeyString());

        // The same ten 70° reps, once per exercise, in one session: the change of exercise flushes the detector.
        var movement = Movement.Reps(10, Rate);
        var knee = Batches.Stream(movement, Rate, T0).ToList();
        var squat = Batches.Stream(movement, Rate, T0 + 60_000, (ulong)knee.Count).ToList();
        foreach (var (exercise, run) in new[] { ("knee-extension-seated", knee), ("mini-squat", squat) })
        {
            await device.ReportEvent(new DeviceEventData(run[0].DeviceTimeMs, exercise, false));
            foreach (var batch in run) Assert.Equal(IngestOutcome.Accepted, await device.Ingest(batch));
        }
        await device.ReportEvent(new DeviceEventData(squat[^1].DeviceTimeMs + 1000, null, SessionEnded: true));

        var tallies = (await patient.GetDailyTallies()).ToDictionary(t => t.Exercise);
        var offline = OfflineReps.Count(knee, Rate);
        Assert.Equal(offline, tallies["knee-extension-seated"].Reps);
        Assert.Equal(offline, tallies["mini-squat"].Reps);
        // Against 140°, every rep is partial, the first included; without a range, reps alike are each other's norm.
        Assert.Equal(tallies["knee-extension-seated"].Reps, tallies["knee-extension-seated"].PartialReps);
        Assert.Equal(0, tallies["mini-squat"].PartialReps);
    }

    [Fact]
    public async Task A_range_no_joint_has_is_refused_and_nothing_is_saved()
    {
        var patient = await Enrolled();
        foreach (var bad in new[] { 0, 181, -5, double.NaN })
        {
            var refused = await Assert.ThrowsAsync<Rejection>(() =>
                patient.SetProgram(new ProgramDraft([Exercise("knee-extension-seated", bad)], Day), "t1"));
            Assert.Contains("target range must be 1 to 180", refused.Message);
        }
        Assert.Empty(await patient.GetProgramHistory());
        Assert.Null(await patient.GetTargetRom("knee-extension-seated"));
    }
}
