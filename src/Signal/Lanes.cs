using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace HepSense.Signal;

/// <summary>
/// The 3-axis signals' state kept as one 256-bit vector (x, y, z and a fourth lane), so an axis-by-axis step is one vector
/// operation: each lane does the scalar arithmetic in the same order (.NET does not fuse a multiply and an add), so the bits
/// are the same. One path for every processor: where 256-bit vectors are not accelerated (ARM's 128-bit NEON,
/// <c>DOTNET_EnableAVX=0</c>) .NET runs the same operators lane by lane (or as two 128-bit halves), the same IEEE operations, so again
/// the same bits; only slower (this project runs on x64 with AVX2).
/// </summary>
internal static class Lanes
{
    /// <summary>One lane of <paramref name="v"/>, to read or write (a window's single sums: <see cref="PrincipalAxis"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ref double Lane(ref Vector256<double> v, int i) => ref Unsafe.Add(ref Unsafe.As<Vector256<double>, double>(ref v), i);
}
