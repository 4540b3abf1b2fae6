using System.ComponentModel.DataAnnotations;
using FluentValidation;

namespace CareerPlanner.Web.Pages.Plans.Sharing;

/// <summary>The parts a share opens, and until when (both the invitation and the change of a share have them).</summary>
public interface IShareParts
{
    List<SharedParts> Parts { get; }
    DateOnly? EndsOn { get; }
}

public sealed class InviteInput : IShareParts
{
    [Display(Name = "Their e-mail address")]
    public string Email { get; set; } = "";

    [Display(Name = "As my")]
    public ShareRole Role { get; set; } = ShareRole.Mentor;

    public List<SharedParts> Parts { get; set; } = [.. SharedPartsText.Each];

    [Display(Name = "Until (optional)")]
    public DateOnly? EndsOn { get; set; }
}

public sealed class ShareChangeInput : IShareParts
{
    public List<SharedParts> Parts { get; set; } = [];

    [Display(Name = "Until (optional)")]
    public DateOnly? EndsOn { get; set; }

    public Guid Version { get; set; }
}

public static class SharePartsRules
{
    public static void AddPartRules<T>(this AbstractValidator<T> validator)
        where T : IShareParts
    {
        validator.RuleFor(x => x.Parts)
            .Must(parts => parts.Count > 0).WithMessage("Choose at least one part of the plan to share.")
            .Must(parts => parts.All(p => SharedPartsText.Each.Contains(p))).WithMessage("Choose among the parts listed.");
    }

    public static SharedParts Combined(this IEnumerable<SharedParts> parts) => parts.Aggregate(SharedParts.None, (all, p) => all | p);
}

public sealed class InviteInputValidator : AbstractValidator<InviteInput>
{
    public InviteInputValidator()
    {
        RuleFor(x => x.Email)
            .NotEmpty().WithMessage("Enter the e-mail address of the person you invite.")
            .MaximumLength(PlanShare.EmailMaxLength).WithMessage($"An e-mail address can have at most {PlanShare.EmailMaxLength} characters.")
            .EmailAddress().WithMessage("Enter an e-mail address like name@example.com.");
        RuleFor(x => x.Role).IsInEnum().WithMessage("Choose mentor or coach.");
        this.AddPartRules();
    }
}

public sealed class ShareChangeInputValidator : AbstractValidator<ShareChangeInput>
{
    public ShareChangeInputValidator() => this.AddPartRules();
}
