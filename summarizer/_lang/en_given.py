"""English-language first names by the gender they are usually given to, as plain data.

``quote_gender`` reads the article's own pronouns first ("Moore briefed reporters. He
said ..."); these lists only fill in a person the article never calls "he" or "she", so
that '"...," she said' skips a David named since.  Names often given to both (Alex, Sam,
Jordan, Kim, Jean, Andrea, Nicola, Ashley, Robin...) are in neither list.
"""

from __future__ import annotations

FEMALE = frozenset(
    """Abigail Ada Adela Adriana Agnes Aileen Aisha Alice Alicia Alison Amanda Amelia Amina Amy
    Ana Anastasia Angela Angelina Anita Ann Anna Anne Annette Annie Antonia Aria Audrey Barbara
    Beatrice Beatriz Belinda Bernadette Beth Bethany Betty Beverly Brenda Bridget Brittany
    Camila Carla Carmen Carol Caroline Carolyn Catherine Cathy Cecilia Charlotte Chelsea Cheryl
    Chloe Christina Christine Cindy Claire Clara Claudia Colleen Connie Cynthia Daisy Daniela
    Danielle Daphne Debbie Deborah Debra Denise Diana Diane Donna Doris Dorothy Edith Eileen
    Elaine Eleanor Elena Elisa Elizabeth Ella Ellen Ellie Eloise Elsa Emily Emma Erica Erin
    Esther Eva Evelyn Fatima Fiona Florence Frances Gabriela Gabrielle Gail Gemma Georgia
    Gillian Gina Gloria Grace Gwen Hannah Harriet Hayley Heather Heidi Helen Helena Hilary
    Hillary Holly Ingrid Irene Iris Isabel Isabella Isabelle Jacqueline Jane Janet Janice Jasmine
    Jennifer Jenny Jessica Jill Joan Joanna Joanne Josephine Joyce Judith Judy Julia Julie
    Juliet June Karen Katherine Kathleen Kathryn Kathy Katie Kate Katrina Kayla Kirsty Kristen
    Laura Lauren Leah Leila Lena Lily Linda Lindsay Lisa Lois Lori Lorraine Louise Lucia Lucy
    Lydia Lynn Madeleine Madison Maggie Mandy Margaret Margarita Maria Mariana Marie Marilyn
    Marion Marjorie Martha Mary Maureen Megan Melanie Melissa Mia Michelle Mildred Miriam Molly
    Monica Nadia Nancy Naomi Natalie Natasha Nicole Nina Nora Norma Olga Olivia Paige Pamela
    Patricia Paula Pauline Penelope Penny Phyllis Priya Rachel Rebecca Regina Renee Rita Roberta
    Rosa Rosemary Rose Ruth Sabrina Sally Samantha Sandra Sara Sarah Sharon Sheila Shirley Silvia
    Sofia Sonia Sophia Sophie Stella Stephanie Susan Suzanne Sylvia Tamara Tanya Teresa Theresa
    Tiffany Tina Valerie Vanessa Vera Veronica Victoria Violet Virginia Vivian Wanda Wendy
    Yolanda Yvonne Zoe""".split()
)

MALE = frozenset(
    """Aaron Abdul Abdullah Adam Adrian Ahmed Alan Albert Alberto Alejandro Alessandro Alexander
    Alexei Alfred Ali Allen Amir Andre Andrei Andrew Andy Angelo Anthony Antonio Arnold Arthur
    Barack Barry Ben Benjamin Bernard Bernie Bill Billy Bob Boris Brad Bradley Brandon Brendan
    Brett Brian Bruce Bruno Bryan Carl Carlos Charles Christian Christopher Clarence Colin Craig
    Curtis Dale Damian Dan Daniel Danny Darren Dave David Dean Dennis Derek Diego Dmitry Dominic
    Donald Doug Douglas Duncan Dylan Earl Eddie Edgar Eduardo Edward Edwin Elijah Emmanuel Eric
    Erik Ernest Ethan Eugene Evan Fernando Francesco Francis Francisco Frank Fred Frederick Gabriel
    Gareth Gary Gavin Geoff Geoffrey George Gerald Giovanni Giuseppe Glenn Gordon Graham Greg
    Gregory Hans Harold Harry Harvey Hassan Henry Herbert Howard Hugh Hugo Hussein Ian Ibrahim
    Igor Isaac Ivan Jack Jacob Jake James Jamal Jason Jeff Jeffrey Jeremy Jerome Jerry Jim Jimmy
    Joe Joel John Johnny Jon Jonathan Jorge Jose Joseph Joshua Juan Julian Justin Karl Keith Ken
    Kenneth Kevin Kieran Kyle Larry Lawrence Leo Leon Leonard Liam Louis Lucas Luis Luke Malcolm
    Manuel Marcus Mario Mark Martin Matt Matthew Max Michael Mike Miguel Mohamed Mohammed Muhammad
    Nathan Neil Nicholas Nick Nigel Noah Norman Oleg Oliver Omar Oscar Owen Patrick Paul Pedro
    Peter Philip Phillip Pierre Ralph Ray Raymond Rex Richard Rick Ricky Rob Robert Roberto Rodney
    Roger Roland Ronald Ross Roy Russell Ryan Samuel Scott Sean Sebastian Sergei Sergey Seth
    Simon Stanley Stefan Stephen Steve Steven Stuart Ted Terence Thomas Tim Timothy Todd Tom
    Tommy Tony Travis Trevor Tyler Victor Vincent Vladimir Walter Warren Wayne Wesley William
    Yuri Zachary""".split()
)


# Short forms and the given names they stand for: a story names "James Prokopovitz" once and
# quotes "Jim" after ("Jim was our stepdad"), as obituaries and court reports do.
DIMINUTIVES: tuple[tuple[str, tuple[str, ...]], ...] = tuple(
    (short, tuple(full.split("|")))
    for short, full in (
        pair.split("=")
        for pair in """Jim=James Jimmy=James Jamie=James Bill=William Billy=William
        Will=William Willie=William Bob=Robert Bobby=Robert Rob=Robert Robbie=Robert
        Mike=Michael Mick=Michael Mickey=Michael Ed=Edward|Edwin|Edmund Eddie=Edward|Edwin
        Ted=Edward|Theodore Ned=Edward Tom=Thomas Tommy=Thomas Dick=Richard Rick=Richard
        Rich=Richard Dave=David Davy=David Steve=Stephen|Steven Chris=Christopher|Christine
        Tony=Anthony|Antony Andy=Andrew Drew=Andrew Dan=Daniel Danny=Daniel Joe=Joseph
        Joey=Joseph Ben=Benjamin Nick=Nicholas|Nicolas Matt=Matthew Pat=Patrick|Patricia
        Pete=Peter Tim=Timothy Greg=Gregory Jeff=Jeffrey|Geoffrey Jon=Jonathan Ken=Kenneth
        Larry=Lawrence Liz=Elizabeth Beth=Elizabeth Betty=Elizabeth Lizzie=Elizabeth
        Kate=Katherine|Catherine|Kathryn Katie=Katherine|Catherine|Kathryn
        Kathy=Katherine|Kathryn Cathy=Catherine Sue=Susan|Suzanne Jenny=Jennifer
        Jen=Jennifer Vicki=Victoria Vicky=Victoria Maggie=Margaret Peggy=Margaret
        Meg=Margaret Debbie=Deborah Becky=Rebecca Fred=Frederick Freddie=Frederick
        Charlie=Charles Chuck=Charles Harry=Henry|Harold Hank=Henry Jack=John Johnny=John
        Alf=Alfred Gerry=Gerald|Gerard Jerry=Gerald|Jerome Phil=Philip|Phillip Ray=Raymond
        Ron=Ronald Ronnie=Ronald Don=Donald Doug=Douglas Sandy=Alexander|Alexandra
        Alex=Alexander|Alexandra Sam=Samuel|Samantha Nicky=Nicola|Nicholas Ali=Alison|Alistair
        Mandy=Amanda Nell=Helen|Eleanor Ellie=Eleanor|Elizabeth Rosie=Rosemary|Rose
        Jo=Joanne|Josephine|Joanna Tess=Teresa|Theresa Terry=Terence|Theresa""".split()
    )
)
