using CareerPlanner.Web.Domain;

namespace CareerPlanner.UnitTests.Domain;

public class GoalVerdictsTests
{
    private static readonly DateOnly ReviewDay = new(2026, 9, 30);
    private static readonly GoalVerdict AtRisk = new(GoalJudgement.AtRisk, ReviewDay);

    [Fact]
    public void An_at_risk_judgement_stands_while_nothing_later_was_recorded() =>
        Assert.Equal(AtRisk, GoalVerdicts.Standing(AtRisk, latestReadingOn: ReviewDay.AddDays(-10), statusChangedOn: null));

    [Fact]
    public void An_off_track_judgement_stands_too()
    {
        var offTrack = new GoalVerdict(GoalJudgement.OffTrack, ReviewDay);
        Assert.Equal(offTrack, GoalVerdicts.Standing(offTrack, null, null));
    }

    [Fact]
    public void A_reading_on_the_review_day_is_the_reviews_own_and_does_not_clear_it() =>
        Assert.Equal(AtRisk, GoalVerdicts.Standing(AtRisk, latestReadingOn: ReviewDay, statusChangedOn: ReviewDay));

    [Fact]
    public void A_later_reading_clears_it() =>
        Assert.Null(GoalVerdicts.Standing(AtRisk, latestReadingOn: ReviewDay.AddDays(1), statusChangedOn: null));

    [Fact]
    public void A_later_status_change_clears_it() =>
        Assert.Null(GoalVerdicts.Standing(AtRisk, latestReadingOn: null, statusChangedOn: ReviewDay.AddDays(3)));

    [Fact]
    public void On_track_or_no_review_marks_nothing()
    {
        Assert.Null(GoalVerdicts.Standing(new GoalVerdict(GoalJudgement.OnTrack, ReviewDay), null, null));
        Assert.Null(GoalVerdicts.Standing(null, null, null));
    }
}
