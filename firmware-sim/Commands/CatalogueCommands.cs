using HepSense.FirmwareSim.People;
using HepSense.FirmwareSim.Physics;
using Spectre.Console;
using Spectre.Console.Cli;

namespace HepSense.FirmwareSim.Commands;

/// <summary>Lists the exercise catalogue with its typical tempo and range.</summary>
public sealed class ExercisesCommand : Command
{
    public override int Execute(CommandContext context, CancellationToken ct)
    {
        var table = new Table().AddColumns("name", "exercise", "band on", "range (deg)", "up / hold / down / pause (s)");
        foreach (var e in ExerciseCatalog.All)
            table.AddRow(e.Name, e.Title, e.Segment.ToString(), $"{e.RomDeg:0}", $"{e.RiseS} / {e.HoldS} / {e.ReturnS} / {e.PauseS}");
        AnsiConsole.Write(table);
        return 0;
    }
}

/// <summary>Lists the personas: how simulated patients deviate from their program.</summary>
public sealed class PersonasCommand : Command
{
    public override int Execute(CommandContext context, CancellationToken ct)
    {
        var table = new Table().AddColumns("name", "behaviour");
        foreach (var p in PersonaCatalog.All) table.AddRow(p.Name, Markup.Escape(p.Description));
        AnsiConsole.Write(table);
        return 0;
    }
}
