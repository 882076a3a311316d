namespace HepSense.Grains.Clinical;

/// <summary>CPT codes of remote therapeutic monitoring (US, 2026).</summary>
public static class RtmCodes
{
    /// <summary>Initial set-up and patient education on the device: once per episode.</summary>
    public const string Setup = "98975";
    /// <summary>Device supply, musculoskeletal, 16–30 data days in a 30-day period.</summary>
    public const string Supply16To30 = "98977";
    /// <summary>Device supply, musculoskeletal, 2–15 data days in a 30-day period (new in 2026).</summary>
    public const string Supply2To15 = "98985";
    /// <summary>Treatment management, 10–19 minutes in a calendar month (new in 2026).</summary>
    public const string Management10To19 = "98979";
    /// <summary>Treatment management, the first 20 minutes in a calendar month.</summary>
    public const string ManagementFirst20 = "98980";
    /// <summary>Treatment management, each further 20 minutes in the same month.</summary>
    public const string ManagementEach20 = "98981";
}
