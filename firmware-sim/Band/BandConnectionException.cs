namespace HepSense.FirmwareSim.Band;

/// <summary>The band could not (re)connect: broker unreachable for too long, or credentials refused.</summary>
public sealed class BandConnectionException(string message, Exception? inner = null) : Exception(message, inner);
