namespace CareerPlanner.Web.Pages.Plans.Research.Options;

public class DeleteModel(AppDbContext db) : DeletePageModel<CareerOption, DeleteModel.OptionSummary>(
    db, o => new OptionSummary(o.Title, db.DemandedSkills.Count(d => d.CareerOptionId == o.Id)), _ => "Career option deleted.")
{
    public sealed record OptionSummary(string Title, int Demands);

    protected override IQueryable<CareerOption> Row(string userId) => Db.CareerOptions.InPlan(Db.Plans, Route("id"), userId).Where(o => o.Id == Route("optionId"));

    protected override IActionResult AfterDelete() => RedirectToPage("/Plans/Wizard/Stage", new { id = Route("id"), stage = "research" });
}
