using CareerPlanner.Web.Infrastructure;

namespace CareerPlanner.UnitTests.Infrastructure;

public class LoggingSetupTests
{
    [Theory]
    [InlineData("/Feedback/k3Jd93kdLw0", "/Feedback/***")]
    [InlineData("/feedback/k3Jd93kdLw0/Thanks", "/feedback/***/Thanks")]
    [InlineData("/Feedback/Requests", "/Feedback/Requests")]
    [InlineData("/Feedback/Requests/12", "/Feedback/Requests/12")]
    [InlineData("/Calendar/k3Jd93kdLw0.ics", "/Calendar/***")]
    [InlineData("/Calendar", "/Calendar")]
    [InlineData("/Dashboard", "/Dashboard")]
    [InlineData("", "/")]
    public void A_path_that_carries_a_secret_is_logged_with_the_secret_replaced(string path, string logged) =>
        Assert.Equal(logged, LoggingSetup.RedactPath(path));
}
