namespace CareerPlanner.Web.Domain;

/// <summary>The five stages of career management, in the order the wizard walks them.</summary>
public enum PlanStage
{
    SelfAssessment = 1,
    Research = 2,
    Planning = 3,
    Action = 4,
    Evaluation = 5,
}

public static class PlanStages
{
    public static IReadOnlyList<PlanStage> All { get; } = Enum.GetValues<PlanStage>();

    /// <summary>The stage's name in URLs: self-assessment, research, planning, action, evaluation.</summary>
    public static string Slug(this PlanStage stage) => stage switch
    {
        PlanStage.SelfAssessment => "self-assessment",
        _ => stage.ToString().ToLowerInvariant(),
    };

    public static string Title(this PlanStage stage) => stage switch
    {
        PlanStage.SelfAssessment => "Self-assessment",
        _ => stage.ToString(),
    };

    public static int Number(this PlanStage stage) => (int)stage;

    public static PlanStage? FromSlug(string? slug) =>
        All.Cast<PlanStage?>().FirstOrDefault(s => string.Equals(s!.Value.Slug(), slug, StringComparison.OrdinalIgnoreCase));

    public static PlanStage? Next(this PlanStage stage) => stage == PlanStage.Evaluation ? null : stage + 1;

    public static PlanStage? Previous(this PlanStage stage) => stage == PlanStage.SelfAssessment ? null : stage - 1;
}
