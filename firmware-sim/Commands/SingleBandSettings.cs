using System.ComponentModel;
using System.Text.RegularExpressions;
using Spectre.Console;
using Spectre.Console.Cli;

namespace HepSense.FirmwareSim.Commands;

/// <summary>Options of the commands that stream one band's session: replay and run.</summary>
public partial class SingleBandSettings : NodeSettings
{
    [CommandOption("--device <ID>")]
    [Description("Band id, also its MQTT user name: 1..64 of [[A-Za-z0-9_-]].")]
    public string Device { get; set; } = "";

    [CommandOption("--patient <ID>")]
    [Description("Patient who wears the band; used by --provision.")]
    public string Patient { get; set; } = "";

    [CommandOption("--speed <X>")]
    [Description("Time factor: 1 = real time (default), 10 = ten times faster, 0 = as fast as the broker acknowledges.")]
    [DefaultValue(1.0)]
    public double Speed { get; set; } = 1;

    /// <summary>False when the command only writes files and never connects.</summary>
    protected virtual bool Sends => true;

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    public static partial Regex IdPattern();

    public override ValidationResult Validate()
    {
        if (Sends)
        {
            if (!IdPattern().IsMatch(Device)) return ValidationResult.Error($"--device must be 1..64 characters of [A-Za-z0-9_-], got '{Device}'.");
            if (Provision && !IdPattern().IsMatch(Patient)) return ValidationResult.Error($"--patient must be 1..64 characters of [A-Za-z0-9_-], got '{Patient}'.");
            if (!Provision && string.IsNullOrEmpty(GivenSecret))
                return ValidationResult.Error($"the band needs a secret: pass --provision, --secret, or set {SecretVariable}.");
        }
        if (Speed < 0 || double.IsNaN(Speed)) return ValidationResult.Error("--speed must be 0 (as fast as possible) or positive.");
        return base.Validate();
    }
}
