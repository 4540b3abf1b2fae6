using CareerPlanner.Web.Domain;

namespace CareerPlanner.UnitTests.Domain;

public class SelfVersusOthersTests
{
    [Theory]
    [InlineData(2, new[] { 4, 3 }, Perception.BlindSpot)]       // others 3.5, one and a half higher
    [InlineData(3, new[] { 4, 4 }, Perception.BlindSpot)]       // exactly one higher counts
    [InlineData(5, new[] { 4, 4, 3 }, Perception.OverEstimate)] // others 3.67
    [InlineData(4, new[] { 3 }, Perception.OverEstimate)]       // exactly one lower counts
    [InlineData(4, new[] { 4, 5 }, Perception.Agreement)]       // half a point apart
    [InlineData(3, new[] { 3 }, Perception.Agreement)]
    public void Others_rating_a_strength_one_point_or_more_away_is_a_blind_spot_or_an_over_estimate(int self, int[] others, Perception expected) =>
        Assert.Equal(expected, SelfVersusOthers.Compare("Explaining", self, others).Perception);

    [Fact]
    public void Without_any_rating_from_others_there_is_not_enough_data_and_no_average()
    {
        var row = SelfVersusOthers.Compare("Explaining", 4, []);

        Assert.Equal((Perception.NotEnoughData, (double?)null, 0), (row.Perception, row.Others, row.Ratings));
    }

    [Fact]
    public void Without_the_persons_own_rating_there_is_nothing_to_compare() =>
        Assert.Equal(Perception.NotEnoughData, SelfVersusOthers.Compare("Explaining", null, [5, 5]).Perception);

    [Fact]
    public void The_average_is_kept_to_two_decimals() =>
        Assert.Equal(3.67, SelfVersusOthers.Compare("Explaining", 5, [4, 4, 3]).Others);

    [Fact]
    public void A_link_token_carries_128_random_bits_and_only_its_hash_is_kept()
    {
        var token = LinkTokens.Create();

        Assert.Equal(16, Microsoft.AspNetCore.WebUtilities.WebEncoders.Base64UrlDecode(token).Length);
        Assert.NotEqual(token, LinkTokens.Create());
        Assert.Matches("^[0-9a-f]{64}$", LinkTokens.Hash(token));
        Assert.DoesNotContain(token, LinkTokens.Hash(token), StringComparison.Ordinal);
    }
}
