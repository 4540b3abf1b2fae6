namespace CareerPlanner.Web.Pages.Plans.Research.Options;

public class DeleteSkillModel(AppDbContext db) : DeletePageModel<DemandedSkill, string>(db, d => d.Name, _ => "Skill removed.")
{
    protected override IQueryable<DemandedSkill> Row(string userId)
    {
        var optionId = Route("optionId");
        return Db.DemandedSkills.Where(d => d.Id == Route("demandId") && d.CareerOptionId == optionId
            && Db.CareerOptions.InPlan(Db.Plans, Route("id"), userId).Any(o => o.Id == optionId));
    }

    protected override IActionResult AfterDelete() => RedirectToPage("Details", new { id = Route("id"), optionId = Route("optionId") });
}
