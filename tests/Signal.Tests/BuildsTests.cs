namespace HepSense.Signal.Tests;

public class BuildsTests
{
    [Fact]
    public void Builds() => Assert.Equal(2, 1 + 1);
}
