using Grpc.Core;
using HepSense.Contracts.Access;
using HepSense.Contracts.Api;
using static HepSense.EndToEnd.Tests.Clinical;

namespace HepSense.EndToEnd.Tests;

/// <summary>
/// A prescribed range of motion, from the therapist's gRPC call to the band's detector: two patients reach half the knee
/// extension's range (35° of 70°) from their first rep, streamed by firmware-sim over MQTT. The one whose program
/// prescribes 70° has every rep flagged partial, the first included; the other's reps are the norm of their own set.
/// </summary>
public sealed class PrescribedRangeEndToEndTests(NodeFixture node) : IClassFixture<NodeFixture>
{
    [Fact]
    public async Task Half_range_reps_are_partial_from_the_first_against_a_prescribed_range_and_their_own_norm_without()
    {
        var admin = new ClinicService.ClinicServiceClient(node.Channel);
        await admin.CreateClinicAsync(new CreateClinicRequest { ClinicId = "rom", Name = "Range clinic" });
        using var tina = As(node, Roles.Therapist, "tina", "rom");
        var clinic = new ClinicService.ClinicServiceClient(tina);
        var programs = new ProgramService.ProgramServiceClient(tina);
        foreach (var id in new[] { "ron", "fay" })
            await clinic.AddPatientAsync(new AddPatientRequest { ClinicId = "rom", PatientId = id, Name = id, TimeZone = "UTC" });

        // A range no joint has is refused, naming the field, and nothing is saved.
        var start = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-3);
        foreach (var bad in new[] { 0.0, 400, -10, double.NaN })
        {
            var program = Daily(start, Knee);
            program.Exercises[0].TargetRomDeg = bad;
            var refused = await Assert.ThrowsAsync<RpcException>(async () =>
                await programs.SetProgramAsync(new SetProgramRequest { PatientId = "ron", Program = program }));
            Assert.Equal(StatusCode.InvalidArgument, refused.StatusCode);
            Assert.Contains("program.exercises[0].target_rom_deg", refused.Status.Detail);
        }
        Assert.Equal(StatusCode.NotFound, await Status(async () => await programs.GetProgramAsync(new GetProgramRequest { PatientId = "ron" })));

        // Ron's program prescribes 70°, kept and shown; Fay's prescribes none, and none is shown.
        var prescribed = Daily(start, Knee);
        prescribed.Exercises[0].TargetRomDeg = 70;
        await programs.SetProgramAsync(new SetProgramRequest { PatientId = "ron", Program = prescribed });
        await programs.SetProgramAsync(new SetProgramRequest { PatientId = "fay", Program = Daily(start, Knee) });
        var ron = (await programs.GetProgramAsync(new GetProgramRequest { PatientId = "ron" })).Current.Program.Exercises[0];
        var fay = (await programs.GetProgramAsync(new GetProgramRequest { PatientId = "fay" })).Current.Program.Exercises[0];
        Assert.Equal((true, 70.0), (ron.HasTargetRomDeg, ron.TargetRomDeg));
        Assert.False(fay.HasTargetRomDeg);

        // Both bands stream the same two sets of ten reps at half the exercise's range (seed 9: no rep deliberately shorter).
        var devices = new DeviceService.DeviceServiceClient(tina);
        var at = new DateTimeOffset(DateTime.UtcNow.Date.AddDays(-1).AddHours(10), TimeSpan.Zero);
        var streamed = new Dictionary<string, int>();
        foreach (var id in new[] { "ron", "fay" })
        {
            var band = await devices.ProvisionDeviceAsync(new ProvisionDeviceRequest { DeviceId = $"{id}-band", PatientId = id });
            streamed[id] = await Stream(node, $"{id}-band", band.Secret, at, seed: 9, "--range-share", "0.5");
        }
        Assert.Equal(20, streamed["ron"]);

        var reps = new RepService.RepServiceClient(tina);
        var ronReps = (await Poll.Until(async () => await reps.ListRepsAsync(new ListRepsRequest { PatientId = "ron" }), r => r.Total >= 18)).Reps;
        var fayReps = (await Poll.Until(async () => await reps.ListRepsAsync(new ListRepsRequest { PatientId = "fay" }), r => r.Total >= 18)).Reps;

        // Against 70°, every rep of ~35° is partial, the stream's first rep and each set's first included.
        Assert.InRange(ronReps.Select(r => r.RomDeg).Order().ElementAt(ronReps.Count / 2), 25, 45);
        Assert.All(ronReps, r => Assert.True(r.Partial, $"rep {r.SetNumber}.{r.RepInSet} of {r.RomDeg:0}° not partial against 70°"));
        // Without a prescription the first rep has nothing to be judged by, and reps alike are each other's norm.
        Assert.False(fayReps[0].Partial);
        Assert.Equal(0, fayReps.Count(r => r.Partial));
        Assert.Equal(ronReps.Count, fayReps.Count);
    }
}
