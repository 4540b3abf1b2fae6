using CareerPlanner.Web.Data;
using CareerPlanner.Web.Infrastructure;
using CareerPlanner.Web.Infrastructure.Time;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CareerPlanner.Web.Pages.Learning;

/// <summary>Edits a learning item; finishing one that builds skills goes on to offer raising their ratings.</summary>
public class EditModel(AppDbContext db, IValidator<LearningInput> validator, LearningEditor editor, PersonSkills skills, UserCalendars calendars, UserClock clock) : PageModel
{
    [BindProperty]
    public LearningInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int learningId)
    {
        var item = await db.LearningItems.AsNoTracking().Include(i => i.Skills).SingleOrDefaultAsync(i => i.Id == learningId && i.UserId == User.Id());
        if (item is null)
        {
            return NotFound();
        }
        Input = new LearningInput
        {
            Title = item.Title, Kind = item.Kind, Status = item.Status, StartedOn = item.StartedOn, FinishedOn = item.FinishedOn,
            Learned = item.Learned, SkillIds = [.. item.Skills.Select(s => s.SkillId)], Version = item.Version,
        };
        ViewData["Skills"] = await skills.ForAsync(User.Id());
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int learningId)
    {
        var userId = User.Id();
        var item = await db.LearningItems.Include(i => i.Skills).SingleOrDefaultAsync(i => i.Id == learningId && i.UserId == userId);
        if (item is null)
        {
            return NotFound();
        }
        (await validator.ValidateAsync(Input)).AddTo(ModelState);
        if (ModelState.IsValid)
        {
            var finished = await editor.ApplyAsync(item, Input, userId, clock.Today(await calendars.ForAsync(userId)));
            if (await db.TrySaveAsync(item, i => i.Version, Input.Version, ModelState))
            {
                TempData["StatusMessage"] = finished ? "Finished — well done. Has it raised your skills?" : "Saved.";
                return finished ? RedirectToPage("RaiseSkills", new { learningId }) : RedirectToPage("Index");
            }
        }
        ViewData["Skills"] = await skills.ForAsync(userId);
        return Page();
    }
}
