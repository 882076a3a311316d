namespace HepSense.Signal;
internal static class Dbg
{
    public static readonly bool On = Environment.GetEnvironmentVariable("HEPDBG") == "1";
    public static double Fs = 25;
    public static bool Dummy(long n, string s) { W(n, s); return true; }
    public static void W(long n, string s) { if (On) Console.Error.WriteLine(System.FormattableString.Invariant($"{n / Fs,8:F2} {s}")); }
}
