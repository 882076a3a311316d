using System.ComponentModel;
using HepSense.Contracts.Access;
using Spectre.Console;
using Spectre.Console.Cli;

namespace HepSense.Cli.Commands;

/// <summary>Mints a token from this machine's signing key, for local use and scripts.</summary>
public sealed class TokenCommand : Command<TokenCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--role <ROLE>")]
        [Description("admin, therapist or patient.")]
        public string Role { get; init; } = Roles.Admin;

        [CommandOption("--subject <ID>")]
        [Description("Who the token is for: the therapist's or patient's id. Default: local-admin.")]
        public string Subject { get; init; } = "local-admin";

        [CommandOption("--clinic <ID>")]
        [Description("The therapist's clinic (required for therapists).")]
        public string? Clinic { get; init; }

        [CommandOption("--hours <N>")]
        [Description("Lifetime in hours. Default 12.")]
        public double Hours { get; init; } = 12;

        [CommandOption("--key-file <PATH>")]
        [Description("Signing key. Default: $HEPSENSE_SIGNING_KEY_FILE or ~/.hepsense/signing.key (the node creates it).")]
        public string KeyFile { get; init; } = LocalSigningKey.DefaultPath;

        [CommandOption("--json")]
        public bool Json { get; init; }

        public override ValidationResult Validate() =>
            !Roles.IsKnown(Role) ? ValidationResult.Error($"--role must be admin, therapist or patient, not '{Role}'")
            : Role == Roles.Therapist && string.IsNullOrEmpty(Clinic) ? ValidationResult.Error("a therapist token needs --clinic")
            : Hours is <= 0 or > 24 * 30 ? ValidationResult.Error("--hours must be between 0 and 720")
            : !File.Exists(KeyFile) ? ValidationResult.Error($"no signing key at {KeyFile}: start a node once, or pass --key-file")
            : ValidationResult.Success();
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellation)
    {
        var token = LocalTokenIssuer.Issue(LocalSigningKey.Load(settings.KeyFile), settings.Role, settings.Subject, settings.Clinic, TimeSpan.FromHours(settings.Hours));
        if (settings.Json) JsonOutput.Write(new { token, role = settings.Role, subject = settings.Subject, clinic = settings.Clinic, expires_in_hours = settings.Hours });
        else Console.WriteLine(token);
        return 0;
    }
}
