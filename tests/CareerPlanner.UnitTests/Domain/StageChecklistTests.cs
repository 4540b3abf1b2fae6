using CareerPlanner.Web.Domain;

namespace CareerPlanner.UnitTests.Domain;

public class StageChecklistTests
{
    [Fact]
    public void Self_assessment_is_done_with_three_strengths_one_weakness_interest_and_value_and_three_rated_skills()
    {
        var enough = new PlanFacts { Strengths = 3, Weaknesses = 1, Interests = 1, Values = 1, RatedSkills = 3 };

        Assert.True(StageChecklist.IsDone(PlanStage.SelfAssessment, enough));
        Assert.False(StageChecklist.IsDone(PlanStage.SelfAssessment, enough with { Strengths = 2 }));
        Assert.False(StageChecklist.IsDone(PlanStage.SelfAssessment, enough with { RatedSkills = 2 }));
    }

    [Fact]
    public void Planning_needs_both_a_vision_and_a_smart_goal()
    {
        var visionOnly = new PlanFacts { HasVisionStatement = true };

        var items = StageChecklist.For(PlanStage.Planning, visionOnly);

        Assert.Equal([true, false], items.Select(i => i.IsMet));
        Assert.True(StageChecklist.IsDone(PlanStage.Planning, visionOnly with { SmartGoals = 1 }));
    }

    [Fact]
    public void Items_say_how_many_exist_so_far() =>
        Assert.Equal("3 strengths (2 so far)", StageChecklist.For(PlanStage.SelfAssessment, new PlanFacts { Strengths = 2 })[0].Text);

    [Fact]
    public void Nothing_is_done_for_a_new_plan() => Assert.Equal(0, StageChecklist.DoneCount(new PlanFacts()));
}

public class PlanStagesTests
{
    [Theory]
    [InlineData(PlanStage.SelfAssessment, "self-assessment")]
    [InlineData(PlanStage.Research, "research")]
    [InlineData(PlanStage.Evaluation, "evaluation")]
    public void A_stage_round_trips_through_its_url_name(PlanStage stage, string slug)
    {
        Assert.Equal(slug, stage.Slug());
        Assert.Equal(stage, PlanStages.FromSlug(slug));
        Assert.Equal(stage, PlanStages.FromSlug(slug.ToUpperInvariant()));
    }

    [Theory]
    [InlineData("")]
    [InlineData("nonsense")]
    [InlineData(null)]
    public void An_unknown_stage_name_is_no_stage(string? slug) => Assert.Null(PlanStages.FromSlug(slug));

    [Fact]
    public void The_stages_run_in_order_with_nothing_before_the_first_or_after_the_last()
    {
        Assert.Null(PlanStage.SelfAssessment.Previous());
        Assert.Equal(PlanStage.Research, PlanStage.SelfAssessment.Next());
        Assert.Null(PlanStage.Evaluation.Next());
    }
}
