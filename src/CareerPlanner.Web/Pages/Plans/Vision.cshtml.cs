using System.ComponentModel.DataAnnotations;
using CareerPlanner.Web.Data;
using CareerPlanner.Web.Domain;
using CareerPlanner.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CareerPlanner.Web.Pages.Plans;

public sealed class VisionInput
{
    [Display(Name = "Vision statement")]
    public string? VisionStatement { get; set; }

    public Guid Version { get; set; }
}

public sealed class VisionInputValidator : AbstractValidator<VisionInput>
{
    public VisionInputValidator() =>
        RuleFor(x => x.VisionStatement)
            .Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage("Write a sentence or two about where you want your career to be.")
            .MaximumLength(Plan.VisionMaxLength).WithMessage($"Keep the vision to {Plan.VisionMaxLength} characters or fewer.");
}

/// <summary>The planning stage's vision section; the hub's card posts here, and errors are shown here with the text kept.</summary>
public class VisionModel(AppDbContext db, IValidator<VisionInput> validator, TimeProvider clock) : PageModel
{
    [BindProperty]
    public VisionInput Input { get; set; } = new();

    public string PlanTitle { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var plan = await db.Plans.AsNoTracking().OwnedBy(User.Id()).Where(p => p.Id == id)
            .Select(p => new { p.Title, p.VisionStatement, p.Version }).SingleOrDefaultAsync();
        if (plan is null)
        {
            return NotFound();
        }
        PlanTitle = plan.Title;
        Input = new VisionInput { VisionStatement = plan.VisionStatement, Version = plan.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        var plan = await db.Plans.OwnedBy(User.Id()).SingleOrDefaultAsync(p => p.Id == id);
        if (plan is null)
        {
            return NotFound();
        }
        PlanTitle = plan.Title;
        (await validator.ValidateAsync(Input)).AddTo(ModelState);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        plan.SetVision(Input.VisionStatement, now);
        plan.WorkIn(PlanStage.Planning, now);
        if (!await db.TrySaveAsync(plan, p => p.Version, Input.Version, ModelState))
        {
            return Page();
        }
        TempData["StatusMessage"] = "Vision saved.";
        return RedirectToPage("Wizard/Stage", new { id, stage = PlanStage.Planning.Slug() });
    }
}
