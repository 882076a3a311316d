using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace HepSense.Cli;

/// <summary>Options of the commands about one patient: the node options and a required patient. Overrides of
/// <see cref="Validate"/> add their checks after <c>base.Validate()</c>.</summary>
public class PatientSettings : NodeSettings
{
    [CommandOption("--patient <ID>")]
    [Description("The patient.")]
    public string Patient { get; init; } = "";

    public override ValidationResult Validate() => Require.Value(Patient, "--patient");
}
