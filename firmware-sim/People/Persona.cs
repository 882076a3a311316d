namespace HepSense.FirmwareSim.People;

/// <summary>
/// How one kind of patient deviates from the prescription. Factors are relative to the exercise's
/// typical values (1 = as prescribed); rates are probabilities.
/// </summary>
/// <param name="TempoFactor">Movement and pause durations (above 1 = slower).</param>
/// <param name="TempoJitter">Relative spread of durations from rep to rep.</param>
/// <param name="HoldFactor">Share of the prescribed hold actually held.</param>
/// <param name="RomFactor">Range of a full rep relative to the typical range.</param>
/// <param name="RomJitter">Relative spread of the range from rep to rep.</param>
/// <param name="PartialRate">Chance that a rep is a partial one (30-55 % of the range).</param>
/// <param name="StopEarlyRate">Chance that a set ends before its prescribed reps.</param>
/// <param name="SkipSetRate">Chance that a prescribed set is skipped.</param>
/// <param name="FidgetsPerMinute">Small quick movements (5-15 degrees) while not exercising.</param>
/// <param name="SwayDeg">Postural sway of the limb, peak degrees.</param>
/// <param name="TremorDeg">Peak effort tremor (4-10 Hz) across the movement, larger when the limb is held up.</param>
/// <param name="Adherence">Chance of doing a scheduled session on the first day.</param>
/// <param name="AdherenceHalfLifeDays">Days until that chance halves; infinity for steady patients.</param>
/// <param name="WearRate">Chance that the band is worn when a session is done.</param>
/// <param name="PainBefore">Typical pain (0-10) before a session on day 0.</param>
/// <param name="PainTrendPerDay">Change of that pain per day (negative = recovering).</param>
/// <param name="PainAfterDelta">Typical change from before to after a session.</param>
/// <param name="SessionHours">Local hours at which sessions start; a wide spread models irregular schedules.</param>
public sealed record Persona(
    string Name, string Description,
    double TempoFactor = 1, double TempoJitter = 0.08, double HoldFactor = 1,
    double RomFactor = 1, double RomJitter = 0.06, double PartialRate = 0.02,
    double StopEarlyRate = 0.02, double SkipSetRate = 0.02,
    double FidgetsPerMinute = 0.5, double SwayDeg = 0.5, double TremorDeg = 0.5,
    double Adherence = 0.95, double AdherenceHalfLifeDays = double.PositiveInfinity, double WearRate = 0.98,
    double PainBefore = 3, double PainTrendPerDay = -0.05, double PainAfterDelta = 0,
    int[]? SessionHours = null)
{
    public int[] Hours => SessionHours ?? [8, 9, 18];

    /// <summary>Chance of doing a scheduled session on a given day of the program.</summary>
    public double AdherenceOn(int day) => double.IsInfinity(AdherenceHalfLifeDays) ? Adherence : Adherence * Math.Pow(0.5, day / AdherenceHalfLifeDays);
}
