namespace HepSense.Grains.Clinical;

/// <summary>
/// One exercise expected in one session of one day: the <see cref="Occurrence"/>-th session (0-based) of
/// <see cref="Date"/>, to be done in <see cref="Window"/> (patient-local). <see cref="Order"/> is the
/// exercise's place in the program.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record ScheduledSlot(
    [property: Id(0)] DateOnly Date,
    [property: Id(1)] int Occurrence,
    [property: Id(2)] int Order,
    [property: Id(3)] PrescribedExercise Exercise,
    [property: Id(4)] SessionWindow Window)
{
    public string Key => SlotKeys.Session(Date, Occurrence) + "/" + Exercise.Exercise;
}

/// <summary>Stable names for slots, kept in grain state (for instance the slots already reminded).</summary>
public static class SlotKeys
{
    public static string Session(DateOnly date, int occurrence) => $"{date:yyyy-MM-dd}#{occurrence + 1}";
}
