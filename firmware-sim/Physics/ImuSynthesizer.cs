using HepSense.FirmwareSim.Band;
using HepSense.FirmwareSim.Recording;

namespace HepSense.FirmwareSim.Physics;

/// <summary>
/// What a band on a rotating segment measures. The segment turns about the exercise's joint axis by
/// the track's angle; the accelerometer reads the specific force (linear acceleration minus gravity,
/// so +9.81 m/s^2 up at rest) in the band's frame, the gyroscope the angular velocity in that frame.
/// </summary>
public static class ImuSynthesizer
{
    public static ImuRecording Synthesize(Exercise exercise, Mounting mounting, AngleTrack track, double rateHz, double seconds,
        SensorModel sensor, Random rng, Tremor? tremor = null)
    {
        tremor ??= Tremor.None;
        var n = (int)Math.Ceiling(seconds * rateHz);
        var samples = new ImuSample[n];
        var axis = exercise.Axis.Normalized();
        var rest = exercise.RestOrientation;
        var mount = mounting.Rotation;
        var offset = new Vec3(exercise.BandOffsetM, 0, 0);
        var nominal = exercise.RomDeg * Math.PI / 180;
        for (var i = 0; i < n; i++)
        {
            var t = i / rateHz;
            var (angle, rate, accel) = track.At(t);
            var (wobble, wobbleRate) = tremor.At(t, Math.Abs(angle) / nominal);
            var swung = Quat.FromAxisAngle(axis, angle) * rest;
            var segment = swung * Quat.FromAxisAngle(Vec3.UnitY, wobble);   // the wobble turns about the segment's own cross axis
            var band = segment * mount;
            var r = segment.Rotate(offset);                       // joint to band, world frame
            var omega = rate * axis + wobbleRate * swung.Rotate(Vec3.UnitY);
            var linear = (accel * axis).Cross(r) + (rate * axis).Cross((rate * axis).Cross(r))   // the tremor's own acceleration is negligible
                + new Vec3(0, 0, exercise.LiftM * accel / nominal);  // the joint's own rise follows the angle
            var specificForce = linear + new Vec3(0, 0, SensorSpec.StandardGravity);
            samples[i] = sensor.Read(band.Inverse(specificForce), band.Inverse(omega), rng);
        }
        return new ImuRecording(rateHz, HasGyro: true, samples);
    }
}
