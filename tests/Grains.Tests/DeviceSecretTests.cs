namespace HepSense.Grains.Tests;

public sealed class DeviceSecretTests
{
    [Fact]
    public void Secret_matches_only_itself_and_is_never_stored()
    {
        var (secret, stored) = DeviceSecret.Issue();
        var (other, _) = DeviceSecret.Issue();

        Assert.True(stored.Matches(secret));
        Assert.False(stored.Matches(other));
        Assert.False(stored.Matches(null));
        Assert.False(stored.Matches(new string('a', 10_000)));
        Assert.DoesNotContain(secret, Convert.ToBase64String(stored.Hash) + Convert.ToBase64String(stored.Salt));
        Assert.Matches("^[0-9a-f]{64}$", secret);
    }
}
