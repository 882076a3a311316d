using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace HepSense.Signal;

/// <summary>
/// The 3-axis signals' state kept as one 256-bit vector (x, y, z and a fourth lane), so an axis-by-axis step is one vector
/// operation where the processor has such vectors: each lane does the scalar arithmetic in the same order (.NET does not fuse
/// a multiply and an add), so the bits are the same. Where it has not (ARM's 128-bit NEON), the callers step the lanes one
/// by one through <see cref="Lane"/>: plain scalar loads and stores, as fast as separate fields.
/// </summary>
internal static class Lanes
{
    /// <summary>One lane of <paramref name="v"/>, to read or write.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ref double Lane(ref Vector256<double> v, int i) => ref Unsafe.Add(ref Unsafe.As<Vector256<double>, double>(ref v), i);
}
