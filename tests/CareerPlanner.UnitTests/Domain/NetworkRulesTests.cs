using CareerPlanner.Web.Domain;

namespace CareerPlanner.UnitTests.Domain;

public class NetworkRulesTests
{
    private static readonly DateOnly Added = new(2026, 1, 10);

    [Fact]
    public void The_next_follow_up_is_the_last_interaction_plus_the_cadence()
    {
        Assert.Equal(new DateOnly(2026, 4, 1), ContactRules.NextFollowUp(new DateOnly(2026, 3, 2), 30, null, Added));
    }

    [Fact]
    public void Before_any_interaction_the_cadence_counts_from_the_day_the_contact_was_added()
    {
        Assert.Equal(new DateOnly(2026, 4, 10), ContactRules.NextFollowUp(null, 90, null, Added));
    }

    [Fact]
    public void A_date_set_by_hand_overrides_the_cadence_and_works_without_one()
    {
        Assert.Equal(new DateOnly(2026, 2, 1), ContactRules.NextFollowUp(new DateOnly(2026, 1, 20), 30, new DateOnly(2026, 2, 1), Added));
        Assert.Equal(new DateOnly(2026, 2, 1), ContactRules.NextFollowUp(null, null, new DateOnly(2026, 2, 1), Added));
    }

    [Fact]
    public void Without_a_cadence_or_a_date_there_is_no_follow_up_and_nothing_is_due()
    {
        var next = ContactRules.NextFollowUp(new DateOnly(2026, 1, 20), null, null, Added);

        Assert.Null(next);
        Assert.False(ContactRules.IsDue(next, new DateOnly(2030, 1, 1)));
    }

    [Fact]
    public void A_follow_up_is_due_on_its_day_and_after()
    {
        var next = new DateOnly(2026, 4, 1);

        Assert.False(ContactRules.IsDue(next, new DateOnly(2026, 3, 31)));
        Assert.True(ContactRules.IsDue(next, next));
        Assert.True(ContactRules.IsDue(next, new DateOnly(2026, 5, 1)));
    }

    [Fact]
    public void Tags_are_split_on_commas_trimmed_and_kept_once_ignoring_case()
    {
        Assert.Equal(["data", "Mentor", "aws"], ContactRules.Tags(" data, Mentor,,aws , DATA, AWS "));
        Assert.Empty(ContactRules.Tags(null));
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(75, 30)]
    [InlineData(150, 60)]
    [InlineData(190, 76)]
    public void A_pitch_takes_about_one_minute_per_150_words_to_say(int words, int seconds)
    {
        var pitch = string.Join(' ', Enumerable.Repeat("word", words));

        Assert.Equal(TimeSpan.FromSeconds(seconds), BrandText.SpeakingTime(pitch));
        Assert.Equal(words, BrandText.WordCount(pitch));
    }

    [Fact]
    public void The_speaking_time_reads_in_seconds_under_a_minute_and_in_minutes_and_seconds_above()
    {
        Assert.Equal("about 30 seconds", BrandText.Describe(TimeSpan.FromSeconds(30)));
        Assert.Equal("about 1 min 16 s", BrandText.Describe(TimeSpan.FromSeconds(76)));
    }
}
