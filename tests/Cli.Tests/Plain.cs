using Spectre.Console;
using Spectre.Console.Rendering;

namespace HepSense.Cli.Tests;

/// <summary>Renders what a command would draw as plain text (no colour, fixed width), to read it in assertions.</summary>
public static class Plain
{
    public static string Render(IRenderable renderable, int width = 140)
    {
        var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = width;
        console.Write(renderable);
        return writer.ToString();
    }

    public static string Markup(string markup) => Render(new Markup(markup));
}
