from tests.conftest import login
def test_x(browser_for):
    b = browser_for("quantri")
    page = b.get("/dich-vu-cong/@@them?loai=Procedure")
    print(page.status, len(page.text))
    f = page.forms["deform"]
    print([k for k in f.fields.keys()][:80])
