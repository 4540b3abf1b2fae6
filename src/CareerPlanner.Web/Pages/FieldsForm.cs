namespace CareerPlanner.Web.Pages;

/// <summary>
/// A Create or Edit page whose form renders a feature's shared <c>_XFields</c> partial: the bound input (so field
/// names keep the <c>Input.</c> prefix) and the choices the form's lists and checkboxes offer.
/// </summary>
public interface IFieldsForm<out TInput, out TChoices>
{
    TInput Input { get; }

    TChoices Choices { get; }
}
