using HepSense.FirmwareSim.Band;
using HepSense.FirmwareSim.Recording;

namespace HepSense.FirmwareSim.Physics;

/// <summary>
/// What a band measures when its pose over time is known (any motion, not only a turn about a fixed joint): the
/// acceleration and angular velocity by central differences over 1 ms, exact for the smooth minimum-jerk poses to far
/// below the sensor's noise. The accelerometer reads the specific force (+9.81 m/s^2 up at rest), both in the band's frame.
/// </summary>
public static class PoseImu
{
    const double H = 1e-3;

    public static ImuRecording Synthesize(Func<double, Pose> poseAt, Mounting mounting, double rateHz, double seconds, SensorModel sensor, Random rng)
    {
        var n = (int)Math.Ceiling(seconds * rateHz);
        var samples = new ImuSample[n];
        var mount = mounting.Rotation;
        for (var i = 0; i < n; i++)
        {
            var t = i / rateHz;
            Pose before = poseAt(t - H), now = poseAt(t), after = poseAt(t + H);
            var accel = (1 / (H * H)) * (after.Position - 2 * now.Position + before.Position);
            var band = now.Orientation * mount;
            var omega = AngularVelocity(before.Orientation * mount, after.Orientation * mount, 2 * H);
            samples[i] = sensor.Read(band.Inverse(accel + new Vec3(0, 0, SensorSpec.StandardGravity)), omega, rng);
        }
        return new ImuRecording(rateHz, HasGyro: true, samples);
    }

    /// <summary>The body-frame angular velocity that turns orientation a into b in dt seconds.</summary>
    static Vec3 AngularVelocity(Quat a, Quat b, double dt)
    {
        var d = a.Conjugate * b;
        if (d.W < 0) d = new Quat(-d.W, -d.X, -d.Y, -d.Z);
        var v = new Vec3(d.X, d.Y, d.Z);
        var sin = v.Length;
        return sin < 1e-15 ? Vec3.Zero : (2 * Math.Atan2(sin, d.W) / dt / sin) * v;
    }
}
