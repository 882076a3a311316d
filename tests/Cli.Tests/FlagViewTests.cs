using HepSense.Cli.Commands;
using HepSense.Contracts.Api;

namespace HepSense.Cli.Tests;

public sealed class FlagViewTests
{
    private static Patient Patient(string id, params int[] urgencies)
    {
        var p = new Patient { PatientId = id, Name = id, TimeZone = "UTC" };
        p.Flags.AddRange(urgencies.Select(u => new RiskFlag { PatientId = id, Kind = "no_data", Reason = $"u{u}", Urgency = u }));
        return p;
    }

    [Fact]
    public void Patients_sort_by_their_most_urgent_flag_then_flag_count_then_id_and_the_unflagged_last()
    {
        Patient[] patients = [Patient("zoe"), Patient("bob", 3), Patient("ann", 3, 1), Patient("eve", 8), Patient("al")];

        Assert.Equal(["eve", "ann", "bob", "al", "zoe"], FlagView.MostUrgentFirst(patients).Select(p => p.PatientId));
    }

    [Fact]
    public void Flags_of_equal_urgency_keep_the_nodes_order()
    {
        RiskFlag[] flags = [new() { Reason = "a", Urgency = 2 }, new() { Reason = "b", Urgency = 5 }, new() { Reason = "c", Urgency = 2 }];
        Assert.Equal(["b", "a", "c"], FlagView.MostUrgentFirst(flags).Select(f => f.Reason));
    }

    [Fact]
    public void The_patients_table_shows_each_flag_with_its_reason()
    {
        var maria = Patient("maria", 7);
        maria.DeviceIds.Add("band-1");
        var text = Plain.Render(PatientsCommand.Table("north", FlagView.MostUrgentFirst([Patient("bob"), maria])));

        Assert.Contains("2 patients, 1 flagged", text);
        Assert.Contains("no_data u7", text);
        Assert.Contains("on track", text);
        Assert.True(text.IndexOf("maria", StringComparison.Ordinal) < text.IndexOf("bob", StringComparison.Ordinal));
    }
}
