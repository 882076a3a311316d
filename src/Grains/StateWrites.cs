namespace HepSense.Grains;

/// <summary>
/// Grains change their state in memory, then write it. When the write fails the activation's memory is ahead of
/// storage, and a retry of the same call would find its work "already done" (a rep already seen, a patient already
/// listed) and return without writing: accepted, then lost at the next deactivation. So the activation goes: the
/// caller's retry starts again from what was stored.
/// </summary>
internal static class StateWrites
{
    public static async Task WriteOrDeactivate<T>(this IPersistentState<T> state, IGrainBase grain)
    {
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            grain.DeactivateOnIdle();
            throw;
        }
    }
}
