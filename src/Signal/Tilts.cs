namespace HepSense.Signal;

/// <summary>The gravity direction (unit vector) where a rep began and where it ended.</summary>
internal readonly record struct Tilts((double X, double Y, double Z) From, (double X, double Y, double Z) To);
