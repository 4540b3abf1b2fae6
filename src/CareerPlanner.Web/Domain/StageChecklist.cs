namespace CareerPlanner.Web.Domain;

/// <summary>What exists of a plan and of its owner, counted, for deciding which stages are done.</summary>
public sealed record PlanFacts
{
    public int Strengths { get; init; }
    public int Weaknesses { get; init; }
    public int Interests { get; init; }
    public int Values { get; init; }
    public int RatedSkills { get; init; }
    public int CareerOptionsWithDemandedSkill { get; init; }
    public int CareerOptionsShortlistedOrChosen { get; init; }
    public bool HasVisionStatement { get; init; }
    public int SmartGoals { get; init; }
    public int ActionItems { get; init; }
    public int Reviews { get; init; }
}

public sealed record ChecklistItem(string Text, bool IsMet);

/// <summary>The minimum that makes each stage done, shown as a checklist on its hub.</summary>
public static class StageChecklist
{
    public static IReadOnlyList<ChecklistItem> For(PlanStage stage, PlanFacts facts) => stage switch
    {
        PlanStage.SelfAssessment =>
        [
            AtLeast(3, facts.Strengths, "strength", "strengths"),
            AtLeast(1, facts.Weaknesses, "weakness (an area to grow)", "weaknesses"),
            AtLeast(1, facts.Interests, "interest", "interests"),
            AtLeast(1, facts.Values, "value", "values"),
            AtLeast(3, facts.RatedSkills, "rated skill", "rated skills"),
        ],
        PlanStage.Research =>
        [
            AtLeast(1, facts.CareerOptionsWithDemandedSkill, "career option with at least one skill it demands", "career options with a demanded skill"),
            AtLeast(1, facts.CareerOptionsShortlistedOrChosen, "career option shortlisted or chosen", "options shortlisted or chosen"),
        ],
        PlanStage.Planning =>
        [
            new ChecklistItem("A career vision statement", facts.HasVisionStatement),
            AtLeast(1, facts.SmartGoals, "SMART goal", "SMART goals"),
        ],
        PlanStage.Action => [AtLeast(1, facts.ActionItems, "action item", "action items")],
        PlanStage.Evaluation => [AtLeast(1, facts.Reviews, "review", "reviews")],
        _ => throw new ArgumentOutOfRangeException(nameof(stage), stage, null),
    };

    public static bool IsDone(PlanStage stage, PlanFacts facts) => For(stage, facts).All(item => item.IsMet);

    public static int DoneCount(PlanFacts facts) => PlanStages.All.Count(stage => IsDone(stage, facts));

    private static ChecklistItem AtLeast(int minimum, int count, string singular, string plural) =>
        new($"{minimum} {(minimum == 1 ? singular : plural)} ({count} so far)", count >= minimum);
}
