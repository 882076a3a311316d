namespace HepSense.Ingest.Tests.Unit;

public sealed class TopicRulesTests
{
    [Theory]
    [InlineData("hepsense/v1/band-1/imu", UplinkKind.Imu)]
    [InlineData("hepsense/v1/band-1/status", UplinkKind.Status)]
    [InlineData("hepsense/v1/band-1/event", UplinkKind.Event)]
    public void A_band_may_publish_its_own_uplinks(string topic, UplinkKind kind) =>
        Assert.Equal(new BandTopic("band-1", kind), TopicRules.ParseOwnUplink(topic, "band-1"));

    [Theory]
    [InlineData("hepsense/v1/band-2/imu")]     // another band
    [InlineData("hepsense/v1/band-10/imu")]    // prefix of ours is not ours
    [InlineData("hepsense/v1/band-/imu")]
    [InlineData("hepsense/v1/band-1/cmd")]     // downlink
    [InlineData("hepsense/v1/band-1/imu/x")]
    [InlineData("hepsense/v1/band-1/IMU")]
    [InlineData("hepsense/v1/band-1/")]
    [InlineData("hepsense/v1/band-1")]
    [InlineData("hepsense/v2/band-1/imu")]
    [InlineData("/hepsense/v1/band-1/imu")]
    [InlineData("")]
    [InlineData(null)]
    public void Anything_else_is_not_an_own_uplink(string? topic) =>
        Assert.Null(TopicRules.ParseOwnUplink(topic, "band-1"));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("+")]
    [InlineData("#")]
    [InlineData("a/b")]
    [InlineData("band 1")]
    public void A_malformed_username_owns_no_topic(string? user)
    {
        Assert.False(TopicRules.IsValidDeviceId(user));
        Assert.Null(TopicRules.ParseOwnUplink($"hepsense/v1/{user}/imu", user));
        Assert.False(TopicRules.MaySubscribe($"hepsense/v1/{user}/cmd", user));
    }

    [Fact]
    public void Device_ids_are_one_plain_topic_level_of_bounded_length()
    {
        Assert.True(TopicRules.IsValidDeviceId("Band_01-left"));
        Assert.False(TopicRules.IsValidDeviceId("band.1"));
        Assert.True(TopicRules.IsValidDeviceId(new string('a', TopicRules.MaxDeviceIdLength)));
        Assert.False(TopicRules.IsValidDeviceId(new string('a', TopicRules.MaxDeviceIdLength + 1)));
        Assert.False(TopicRules.IsValidDeviceId("bänd"));
    }

    [Theory]
    [InlineData("hepsense/v1/band-1/cmd", true)]
    [InlineData("hepsense/v1/band-2/cmd", false)]
    [InlineData("hepsense/v1/+/cmd", false)]
    [InlineData("hepsense/v1/band-1/#", false)]
    [InlineData("hepsense/v1/band-1/+", false)]
    [InlineData("#", false)]
    [InlineData("hepsense/v1/band-1/imu", false)]
    public void A_band_may_subscribe_only_to_its_own_commands(string filter, bool allowed) =>
        Assert.Equal(allowed, TopicRules.MaySubscribe(filter, "band-1"));

    [Fact]
    public void Topics_are_built_the_way_they_are_parsed()
    {
        Assert.Equal("hepsense/v1/b/cmd", TopicRules.Command("b"));
        foreach (var kind in Enum.GetValues<UplinkKind>())
            Assert.Equal(new BandTopic("b", kind), TopicRules.ParseOwnUplink(TopicRules.Uplink("b", kind), "b"));
    }
}
