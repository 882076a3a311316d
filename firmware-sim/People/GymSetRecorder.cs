using HepSense.FirmwareSim.Physics;
using HepSense.FirmwareSim.Recording;

namespace HepSense.FirmwareSim.People;

/// <summary>Records a gym set with a band on the wrist: its poses through the sensor model.</summary>
public static class GymSetRecorder
{
    /// <param name="steady">No body sway and no tremor: the set's movements alone, for tests.</param>
    public static ImuRecording Record(GymSet set, Mounting mounting, SensorModel sensor, double rateHz, Random rng, bool steady = false)
    {
        var track = steady ? new GymTrack(set.Pieces, 0, 0, 0, rng) : new GymTrack(set.Pieces, swayM: 0.006, swayDeg: 1.0, tremorDeg: 0.7, rng);
        return PoseImu.Synthesize(track.At, mounting, rateHz, set.Seconds, sensor, rng);
    }
}
