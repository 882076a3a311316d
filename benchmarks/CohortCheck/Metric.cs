namespace HepSense.CohortCheck;

/// <summary>One compared figure: every (key, expected, node) pair, and how they agree.</summary>
public sealed class Metric(string name)
{
    readonly List<(string Key, double Expected, double Node)> pairs = [];

    public string Name => name;
    public int Count => pairs.Count;
    public int Exact => pairs.Count(p => p.Expected == p.Node);
    public double Share => Count == 0 ? 1 : (double)Exact / Count;
    public double SumExpected => pairs.Sum(p => p.Expected);
    public double SumNode => pairs.Sum(p => p.Node);

    public void Add(string key, double expected, double node) => pairs.Add((key, expected, node));

    public IEnumerable<string> Worst(int n) => pairs.Where(p => p.Expected != p.Node)
        .OrderByDescending(p => Math.Abs(p.Expected - p.Node)).ThenBy(p => p.Key, StringComparer.Ordinal).Take(n)
        .Select(p => $"{p.Key} truth {p.Expected} node {p.Node}");
}
