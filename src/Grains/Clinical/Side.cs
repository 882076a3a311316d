namespace HepSense.Grains.Clinical;

/// <summary>Which side an exercise is prescribed for. The band does not know the side: it is for the patient and therapist.</summary>
public enum Side
{
    None,
    Left,
    Right,
    Both,
}
